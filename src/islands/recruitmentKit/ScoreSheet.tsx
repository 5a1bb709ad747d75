import { questionSource, type KitQuestion } from '../../lib/leadersTools/kitQuestions';
import { scoringScale, type RecruitmentKit } from '../../lib/leadersTools/recruitmentKit';

interface Props {
  kit: RecruitmentKit;
  /** The questions the panel asks, in order. */
  questions: readonly KitQuestion[];
  member: number;
  panel: number;
}

/** One panel member's score sheet: a row per interview question, with room for a score and notes, and a total. */
export function ScoreSheet({ kit, questions, member, panel }: Props) {
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
              <th scope="col">Question</th>
              <th scope="col">Score</th>
              <th scope="col">Notes</th>
            </tr>
          </thead>
          <tbody>
            {questions.map((question, position) => (
              <tr key={question.id}>
                <th scope="row">
                  {position + 1}. {question.text} <span class="hint">({questionSource(question, kit)})</span>
                </th>
                <td />
                <td />
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Total</th>
              <td />
              <td />
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
