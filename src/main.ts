/*
 * The first download: the styles the built-in title needs (index.html already holds the title
 * itself), then the app behind it. Nothing here may grow: every kilobyte is fetched before a
 * child can see that Play works on a slow school connection.
 */
import './ui/fonts.css';
import './ui/title.css';

const nextTask = () => new Promise((resolve) => setTimeout(resolve));

// The title paints and takes a press first (its start-up script keeps it); then the app is
// fetched and run in parts, each its own task, so a press is never kept waiting behind one long
// one. Not asked for earlier: requests made while the page was parsed delayed the first paint.
requestAnimationFrame(async () => {
  await nextTask();
  await import('./storage/repositories');
  await nextTask();
  await import('./app/i18n');
  await nextTask();
  await import('./app/boot');
});
