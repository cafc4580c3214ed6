// The extension's own extractor, bundled for the page a capture is rendered in (extractor-bundle.ts
// builds it with esbuild). It reads structure, never values, exactly as the content script does.
import { extractPage } from '../../dom/extract.ts';

(globalThis as unknown as { __kycLensExtract: () => unknown }).__kycLensExtract = () => extractPage(document, location.href);
