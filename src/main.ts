/*
 * The first download: the styles the built-in title needs (index.html already holds the title
 * itself), then the app behind it. Nothing here may grow: every kilobyte is fetched before a
 * child can see that Play works on a slow school connection.
 */
import './ui/fonts.css';
import './ui/title.css';

// The title paints and takes a press first (assets/title-start.js keeps it); only then does
// the app's first long task run (index.html already asked for its module, as a modulepreload).
requestAnimationFrame(() => setTimeout(() => void import('./app/boot')));
