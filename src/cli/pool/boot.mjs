// Worker threads start from this plain JavaScript file: it registers tsx's loader in the thread, so the
// TypeScript worker and the shared core load as they do in the main thread (which runs under tsx).
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
