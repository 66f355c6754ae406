import type { StoredChild } from '../../app/record-store';
import { ChildAvatar } from '../home/ChildAvatar';
import { ageText } from '../home/age-text';
import { t } from '../state/language';
import './child-shell.css';

interface Props {
  child: StoredChild;
  family: StoredChild[];
  section: string;
  sections: readonly string[];
}

/** Whose record this is, a way to the family's other children, and the section tabs. */
export function ChildHeader({ child, family, section, sections }: Props) {
  const name = child.preferredName ?? child.name;
  const others = family.filter((c) => c.id !== child.id);
  return (
    <div class="child-header">
      <div class="child-identity">
        <ChildAvatar child={child} size="small" />
        <p>
          <strong dir="auto">{name}</strong>
          <span class="hint">{ageText(child)}</span>
        </p>
        <a class="button small" href="/home">{t('family:shell.backHome')}</a>
        <a class="button small primary" href={`/share/${child.id}`}>{t('family:shell.share', { name })}</a>
      </div>
      {others.length > 0 && (
        <nav class="child-switch" aria-label={t('family:shell.switchLabel')}>
          <ul>
            {family.map((c) => (
              <li key={c.id}>
                <a href={`/child/${c.id}/${section}`} aria-current={c.id === child.id ? 'page' : undefined}
                  style={{ '--child-colour': c.colour }} dir="auto">
                  {c.preferredName ?? c.name}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <nav class="section-tabs" aria-label={t('family:shell.sectionsLabel', { name })}>
        <ul>
          {sections.map((s) => (
            <li key={s}>
              <a href={`/child/${child.id}/${s}`} aria-current={s === section ? 'page' : undefined}>
                {t(`family:section.${s}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
