import { interviewAspects, scoringScale, type RecruitmentKit } from '../../lib/leadersTools/recruitmentKit';

/** A score sheet row's empty cells, one per interview aspect and one for notes, for the panel member to fill in. */
function ScoreCells() {
  return (
    <>
      {interviewAspects.map((aspect) => (
        <td key={aspect} />
      ))}
      <td />
    </>
  );
}

/** One panel member's score sheet: every standard against each interview aspect, with a total. */
export function ScoreSheet({ kit, member, panel }: { kit: RecruitmentKit; member: number; panel: number }) {
  return (
    <section class="kit-section panel-sheet" aria-labelledby={`kit-sheet-${member}`}>
      <h2 id={`kit-sheet-${member}`}>
        6. Score sheet, panel member {member} of {panel}
      </h2>
      <p>Panel member: ____________________ Candidate: ____________________ Date: ____________</p>
      <p>
        Scores:{' '}
        {scoringScale.map((level) => (
          <span key={level.score}>
            {level.score} {level.meaning}
            {level.score < scoringScale.length - 1 ? '; ' : '.'}
          </span>
        ))}{' '}
        (This scale is the site's suggestion: the guidance asks for scoring against the standards but sets no scale.)
      </p>
      <div class="table-scroll" role="region" aria-labelledby={`kit-grid-${member}`} tabIndex={0}>
        <table class="score-grid">
          <caption id={`kit-grid-${member}`}>Scores for panel member {member}</caption>
          <thead>
            <tr>
              <th scope="col">Standard</th>
              {interviewAspects.map((aspect) => (
                <th scope="col" key={aspect}>
                  {aspect}
                </th>
              ))}
              <th scope="col">Notes</th>
            </tr>
          </thead>
          <tbody>
            {kit.interview.map((standard) => (
              <tr key={standard.code}>
                <th scope="row">
                  {standard.code}: {standard.title}
                  {standard.priority === 'desirable' ? ' (desirable)' : ''}
                </th>
                <ScoreCells />
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Total</th>
              <ScoreCells />
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
