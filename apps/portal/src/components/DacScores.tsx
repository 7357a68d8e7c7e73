/**
 * The OECD-DAC evaluation on the engagements' 1-4 scale, as a provider or a State gives it: on
 * an engagement (`engagements/Moves.tsx`) and on assistance a State records itself
 * (`state/AssistancePage.tsx`). One form and one conversion, so both send the same thing.
 */
import { DAC_CRITERIA } from "@tahub/domain";
import { useId } from "react";
import { useTranslation } from "react-i18next";

type Criterion = (typeof DAC_CRITERIA)[number];

/** The score picked per criterion, "" (or absent) when not scored. */
export type DacScores = Partial<Record<string, string>>;

/** The scores picked, as the API takes them; criteria left unscored are omitted. */
export function evaluationOf(scores: DacScores): Partial<Record<Criterion, { score: number }>> {
  return Object.fromEntries(
    DAC_CRITERIA.filter((c) => scores[c]).map((c) => [c, { score: Number(scores[c]) }]),
  );
}

/** A score from 1 to 4 (or none) for each criterion, under `legend`. */
export function DacScoreFields({
  legend,
  scores,
  onChange,
}: {
  legend: string;
  scores: DacScores;
  onChange: (scores: DacScores) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset className="field">
      <legend>{legend}</legend>
      {DAC_CRITERIA.map((c) => (
        <div className="field field-inline" key={c}>
          <label htmlFor={`${id}-${c}`}>{t(`engagements.criterion.${c}`)}</label>
          <select
            id={`${id}-${c}`}
            value={scores[c] ?? ""}
            onChange={(e) => onChange({ ...scores, [c]: e.target.value })}
          >
            <option value="">{t("engagements.notScored")}</option>
            {[1, 2, 3, 4].map((n) => (
              <option key={n} value={n}>
                {t(`engagements.score.${n}`)}
              </option>
            ))}
          </select>
        </div>
      ))}
    </fieldset>
  );
}
