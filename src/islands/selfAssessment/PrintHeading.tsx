import { useEffect, useState } from 'preact/hooks';
import { portfolioMessages, type Portfolio } from '../../lib/storage/portfolioStore';

/** What the printout says at the top: the framework, the person's name if they gave one, and the day it was printed. */
export function PrintHeading({ frameworkTitle, portfolio }: { frameworkTitle: string; portfolio: Portfolio }) {
  const [now, setNow] = useState(() => new Date());
  // A page left open overnight prints today's date, not the day it was opened.
  useEffect(() => {
    const refresh = () => setNow(new Date());
    window.addEventListener('beforeprint', refresh);
    return () => window.removeEventListener('beforeprint', refresh);
  }, []);
  return (
    <div class="rating-print print-heading">
      {portfolio.name && (
        <p>
          Name: <bdi>{portfolio.name}</bdi>
        </p>
      )}
      <p>Assessed against: {frameworkTitle}</p>
      <p>{portfolioMessages.printed(now)}</p>
    </div>
  );
}
