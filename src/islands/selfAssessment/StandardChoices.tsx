import type { AssessmentFramework } from '../../lib/content/assessmentFrameworks';
import { inStandardOrder, portfolioMessages } from '../../lib/storage/portfolioStore';

interface Props {
  /** Unique on the page: each checkbox's id starts with it. */
  idPrefix: string;
  framework: AssessmentFramework;
  chosen: readonly string[];
  /** How any standard is numbered on screen, another framework's included: "11", "STL3". */
  codeOf: (key: string) => string;
  onChange: (chosen: string[]) => void;
}

/**
 * The standards a piece of evidence shows, as checkboxes in a group per section, each with its
 * full words, and a line under them saying which are chosen. Standards of another framework that
 * the evidence already shows stay chosen (and counted) though they are not listed here.
 */
export function StandardChoices({ idPrefix, framework, chosen, codeOf, onChange }: Props) {
  const { standards } = framework;
  const sections = [...new Set(standards.map((item) => item.section))];
  const ordered = inStandardOrder(chosen, standards);
  return (
    <fieldset class="standard-choices" aria-describedby={`${idPrefix}-chosen`}>
      <legend>Standards it shows (choose one or more)</legend>
      {sections.map((section) => (
        <fieldset key={section} class="standard-choice-section">
          <legend>{section}</legend>
          {standards
            .filter((item) => item.section === section)
            .map((item) => (
              <div class="standard-choice" key={item.key}>
                <input
                  type="checkbox"
                  id={`${idPrefix}-${item.key}`}
                  value={item.key}
                  checked={chosen.includes(item.key)}
                  onChange={(event) =>
                    onChange(
                      event.currentTarget.checked
                        ? inStandardOrder([...chosen, item.key], standards)
                        : chosen.filter((key) => key !== item.key),
                    )
                  }
                />
                <label for={`${idPrefix}-${item.key}`}>
                  {item.code}. {item.text}
                </label>
              </div>
            ))}
        </fieldset>
      ))}
      <p id={`${idPrefix}-chosen`} class="chosen-summary" aria-live="polite">
        {portfolioMessages.chosen(ordered.map(codeOf), framework.noun)}
      </p>
    </fieldset>
  );
}
