import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePupilList } from '../../src/domain/pupilList';

const lower = (names: readonly string[]) => names.map((n) => n.toLocaleLowerCase());
const distinctLines = (lines: readonly string[]) =>
  new Set(lines.map((l) => l.trim().split(/\s+/).join(' ').toLocaleLowerCase()).filter(Boolean));

describe('parsePupilList() with names that would be kept the same', () => {
  it('stops "Amelia Jones" and "Amelia Johnson" becoming one "Amelia J", and suggests a name for each', () => {
    const r = parsePupilList('Amelia Jones\nBen Khan\nAmelia Johnson');
    expect(r.clashes).toEqual([
      {
        name: 'Amelia J',
        lines: ['Amelia Jones', 'Amelia Johnson'],
        inClass: false,
        suggestions: ['Amelia Jon', 'Amelia Joh'],
      },
    ]);
    expect(r.suggestedText).toBe('Amelia Jon\nBen Khan\nAmelia Joh');
  });

  it('saves the suggested names as they are once they are in the list', () => {
    const r = parsePupilList('Amelia Jon\nBen Khan\nAmelia Joh');
    expect(r.clashes).toEqual([]);
    expect(r.names).toEqual(['Amelia Jon', 'Ben K', 'Amelia Joh']);
  });

  it('keeps the shortest start of each surname that tells it apart', () => {
    const r = parsePupilList('Amelia Jackson\nAmelia Jones\nAmelia Johnson\nAmelia Jo');
    expect(r.clashes[0]?.suggestions).toEqual(['Amelia Ja', 'Amelia Jon', 'Amelia Joh', 'Amelia Jo']);
  });

  it('numbers pupils whose surnames are the same', () => {
    const r = parsePupilList('Amelia Rose Jones\nAmelia Jones\nAmelia Johnson');
    expect(r.clashes[0]?.lines).toEqual(['Amelia Rose Jones', 'Amelia Jones', 'Amelia Johnson']);
    expect(r.clashes[0]?.suggestions).toEqual(['Amelia Jon2', 'Amelia Jon', 'Amelia Joh']);
    expect(parsePupilList(r.suggestedText).clashes).toEqual([]);
  });

  it('counts a pupil already in the class as a clash, and suggests a name nobody has', () => {
    const r = parsePupilList('Amelia Johnson\nBen Khan', ['Amelia J', 'Amelia Jo']);
    expect(r.clashes).toEqual([
      { name: 'Amelia J', lines: ['Amelia Johnson'], inClass: true, suggestions: ['Amelia Joh'] },
    ]);
    expect(parsePupilList(r.suggestedText, ['Amelia J', 'Amelia Jo']).names).toEqual(['Amelia Joh', 'Ben K']);
  });

  it('asks again about a name typed exactly as a pupil already in the class', () => {
    const r = parsePupilList('amelia j', ['Amelia J']);
    expect(r.clashes[0]?.suggestions).toEqual(['amelia J2']);
    expect(r.names).not.toContain('Amelia J');
  });

  it('still simply drops exact repeats of a line, ignoring case and spaces', () => {
    const r = parsePupilList('Amelia Jones\n  amelia   jones \nAmelia Jones');
    expect(r.clashes).toEqual([]);
    expect(r.names).toEqual(['Amelia J']);
    expect(r.repeated).toEqual(['Amelia J']);
  });

  it('tells one-word names apart from a pupil in the class with a number', () => {
    const r = parsePupilList('Mia', ['Mia', 'Mia 2']);
    expect(r.clashes[0]?.suggestions).toEqual(['Mia 3']);
  });
});

/* Few first names and close surnames, so that clashes are common. */
const fullName = fc
  .tuple(
    fc.constantFrom('Amelia', 'amelia', 'Ben', 'Mia', 'Siân'),
    fc.option(fc.constantFrom('Rose', 'Lee'), { nil: undefined }),
    fc.option(
      fc.oneof(
        fc.constantFrom('Jones', 'jones', 'Johnson', 'Jo', 'J', 'J.', 'Jackson', 'Khan', 'Ŵyn-Pritchard'),
        fc.stringMatching(/^[JjKŴ][aoeh]{0,3}[sn]?$/),
      ),
      { nil: undefined },
    ),
  )
  .map(([first, middle, last]) => [first, last && middle, last].filter(Boolean).join(' '));

/** A list of names, with some repeated and spaced differently, in any order. */
const pastedList = fc
  .array(fullName, { minLength: 1, maxLength: 12 })
  .chain((names) =>
    fc.tuple(
      fc.constant(names),
      fc.shuffledSubarray([...names, ...names.map((n) => `  ${n.toLocaleUpperCase()} `)], {
        minLength: names.length,
      }),
    ),
  )
  .chain(([names, extra]) => fc.shuffledSubarray([...names, ...extra], { minLength: names.length + extra.length }));

const inClass = fc.array(fc.constantFrom('Amelia J', 'Amelia Jo', 'Mia', 'Ben K', 'Siân Ŵ'), { maxLength: 3 });

describe('parsePupilList() properties', () => {
  it('never keeps two different lines as one name, in the list or the class, once the suggestions are taken', () => {
    fc.assert(
      fc.property(pastedList, inClass, (lines, existing) => {
        const first = parsePupilList(lines.join('\n'), existing);
        const settled = first.clashes.length ? parsePupilList(first.suggestedText, existing) : first;
        expect(settled.clashes).toEqual([]);
        const names = lower(settled.names);
        expect(new Set(names).size).toBe(distinctLines(lines).size);
        for (const name of names) expect(lower(existing)).not.toContain(name);
      }),
    );
  });

  it('saves nothing two lines share without saying so', () => {
    fc.assert(
      fc.property(pastedList, inClass, (lines, existing) => {
        const r = parsePupilList(lines.join('\n'), existing);
        if (r.clashes.length === 0) {
          expect(new Set(lower(r.names)).size).toBe(distinctLines(lines).size);
          for (const name of lower(r.names)) expect(lower(existing)).not.toContain(name);
        }
      }),
    );
  });

  it('gives the same names and clashes whatever the order of the lines', () => {
    fc.assert(
      fc.property(
        pastedList.chain((lines) =>
          fc.tuple(fc.constant(lines), fc.shuffledSubarray(lines, { minLength: lines.length })),
        ),
        inClass,
        ([lines, shuffled], existing) => {
          const a = parsePupilList(lines.join('\n'), existing);
          const b = parsePupilList(shuffled.join('\n'), existing);
          const sorted = (xs: readonly string[]) => [...xs].sort();
          expect(sorted(b.names)).toEqual(sorted(a.names));
          expect(sorted(b.repeated)).toEqual(sorted(a.repeated));
          const clashes = (r: typeof a) =>
            r.clashes
              .map((c) => ({
                name: c.name.toLocaleLowerCase(),
                inClass: c.inClass,
                pairs: sorted(
                  c.lines.map((l, i) => `${l.toLocaleLowerCase()} → ${c.suggestions[i]?.toLocaleLowerCase()}`),
                ),
              }))
              .sort((x, y) => (x.name < y.name ? -1 : 1));
          expect(clashes(b)).toEqual(clashes(a));
        },
      ),
    );
  });
});
