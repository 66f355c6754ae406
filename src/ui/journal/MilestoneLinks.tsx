// Optional links from an observation to milestones of its area.
import { catalogueForChild } from '../../app/milestones';
import type { StoredChild } from '../../app/passport';
import type { DevelopmentArea } from '../../app/journal';
import { t } from '../state/language';

interface Props {
  id: string;
  child: StoredChild;
  area: DevelopmentArea;
  codes: string[];
  onChange: (codes: string[]) => void;
}

/** Milestones of the child's age band come first ("For now"), then every other band. */
export function MilestoneLinks({ id, child, area, codes, onChange }: Props) {
  const groups = catalogueForChild(child, area);
  return (
    <div class="field">
      <label for={id}>{t('journal:form.milestones')}</label>
      <p class="hint" id={`${id}-hint`}>{t('journal:form.milestonesHint')}</p>
      <select
        id={id}
        aria-describedby={`${id}-hint`}
        value=""
        onChange={(e) => {
          const code = (e.target as HTMLSelectElement).value;
          if (code && !codes.includes(code)) onChange([...codes, code]);
        }}
      >
        <option value="">{t('journal:form.chooseMilestone')}</option>
        {groups.map((g) => (
          <optgroup key={g.band.code} label={g.now ? t('journal:form.bandNow', { band: t(`record:band.${g.band.code}`) }) : t(`record:band.${g.band.code}`)}>
            {g.items.map((i) => (
              <option key={i.code} value={i.code} disabled={codes.includes(i.code)}>{t(`record:${i.labelKey}`)}</option>
            ))}
          </optgroup>
        ))}
      </select>
      {codes.length > 0 && (
        <ul class="linked-milestones">
          {codes.map((code) => (
            <li key={code}>
              <span>{t(`record:milestone.${code}`)}</span>
              <button type="button" class="button small" onClick={() => onChange(codes.filter((c) => c !== code))}
                aria-label={t('journal:form.removeMilestone', { name: t(`record:milestone.${code}`) })}>
                {t('journal:form.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
