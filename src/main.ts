/*
 * The first download: the styles the built-in title needs (index.html already holds the title
 * itself), then the app behind it. Nothing here may grow: every kilobyte is fetched before a
 * child can see that Play works on a slow school connection.
 */
import './ui/fonts.css';
import './ui/title.css';

const nextTask = () => new Promise((resolve) => setTimeout(resolve));

// The title paints and takes a press first (its start-up script keeps it); then the app runs in
// parts, each its own task, so a press is never kept waiting behind one long one. index.html
// already asked for every part, as modulepreloads.
requestAnimationFrame(async () => {
  await nextTask();
  await import('./storage/repositories');
  await nextTask();
  await import('./app/i18n');
  await nextTask();
  await import('./app/boot');
});
