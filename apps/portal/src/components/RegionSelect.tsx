import { REGIONAL_GROUP_IDS, type RegionalGroupId } from "@tahub/domain";
import { useLabels } from "../lib/labels";

/** A labelled choice of one UN regional group, or any ("" ). */
export function RegionSelect({
  id,
  label,
  anyLabel,
  value,
  onChange,
}: {
  id: string;
  label: string;
  anyLabel: string;
  value: RegionalGroupId | "";
  onChange: (region: RegionalGroupId | "") => void;
}) {
  const l = useLabels();
  return (
    <div className="field field-inline">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value as RegionalGroupId | "")}
      >
        <option value="">{anyLabel}</option>
        {REGIONAL_GROUP_IDS.map((g) => (
          <option key={g} value={g}>
            {l.region(g)}
          </option>
        ))}
      </select>
    </div>
  );
}
