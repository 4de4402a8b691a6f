// The index page: shows which core it runs, proof that the wasm package loaded.
import { ready, coreVersion } from './core.js';

ready.then(() => {
  document.getElementById('core-version').textContent = coreVersion();
}, () => {
  document.getElementById('core-version').textContent = 'not loaded';
});
