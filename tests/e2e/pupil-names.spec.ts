/*
 * Two children whose names would be kept the same ("Amelia Jones", "Amelia Johnson" → "Amelia J")
 * are never merged: the save stops, shows the clash and a name for each, and the suggested
 * names, once accepted, make two pupils. The same on the set-up screen and on "Add pupils".
 */
import { expect, openTeacherArea, PASSCODE, readTable, setUpClass, test } from './fixtures';

const pupilNames = async (page: Parameters<typeof readTable>[0]) =>
  (await readTable<{ displayName: string }>(page, 'pupils')).map((p) => p.displayName).sort();

test('creating a class with two pupils who would both be "Amelia J" stops, and the suggestion makes two', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Teachers' }).click();
  await page.getByLabel('Teacher passcode').fill(PASSCODE);
  await page.getByLabel('Type the passcode again').fill(PASSCODE);
  await page.getByRole('button', { name: 'Save passcode' }).click();
  await page.getByLabel('I have written the recovery code down').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('Class name').fill('Hazel Class');
  await page.getByLabel('Pupils').fill('Amelia Jones\nBen Khan\nAmelia Johnson');
  await page.getByRole('button', { name: 'Create class' }).click();

  const clash = page.getByRole('alert').filter({ hasText: 'Nothing has been saved yet' });
  await expect(clash).toContainText('“Amelia Jones” and “Amelia Johnson” would be kept as the same name, “Amelia J”.');
  await expect(clash).toContainText('To tell them apart: Amelia Jon, Amelia Joh.');
  expect(await readTable(page, 'classes')).toHaveLength(0);
  expect(await readTable(page, 'pupils')).toHaveLength(0);

  await clash.getByRole('button', { name: 'Use the suggested names' }).click();
  await expect(page.getByLabel('Pupils')).toHaveValue('Amelia Jon\nBen Khan\nAmelia Joh');
  await page.getByRole('button', { name: 'Create class' }).click();
  await expect(page.getByRole('heading', { name: 'Hazel Class' })).toBeVisible();
  expect(await pupilNames(page)).toEqual(['Amelia Joh', 'Amelia Jon', 'Ben K']);
});

test('adding "Amelia Jones" and "Amelia Johnson", and a second "Ben K", to a class stops, and the suggestion adds three', async ({
  page,
}) => {
  await setUpClass(page, ['Ben K']);
  await openTeacherArea(page);
  await page.getByRole('button', { name: 'Open Hazel Class' }).click();
  await page.getByText('Class details and pupils').click();
  await page.getByLabel('Add pupils').fill('Amelia Jones\nAmelia Johnson\nBen Khan\nAmelia Jones');
  await page.getByRole('button', { name: 'Add these pupils' }).click();

  const clash = page.getByRole('alert').filter({ hasText: 'Nothing has been saved yet' });
  await expect(clash).toContainText('“Amelia Jones” and “Amelia Johnson” would be kept as the same name, “Amelia J”.');
  await expect(clash).toContainText(
    '“Ben Khan” would be kept as “Ben K”. A pupil in this class already has that name. To tell them apart: Ben Kh.',
  );
  expect(await pupilNames(page)).toEqual(['Ben K']);

  await clash.getByRole('button', { name: 'Use the suggested names' }).click();
  await page.getByRole('button', { name: 'Add these pupils' }).click();
  await expect(page.getByRole('row', { name: /Amelia Joh/ })).toBeVisible();
  expect(await pupilNames(page)).toEqual(['Amelia Joh', 'Amelia Jon', 'Ben K', 'Ben Kh']);
});
