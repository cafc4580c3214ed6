/// <reference types="vite/client" />
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { openHistoryDb } from '../storage/history-db.ts';
import { App } from './App.tsx';
import { request } from '../shared/request.ts';
import { workerWrites } from './history-writes.ts';
import { catalogDocs } from '../core/history/catalog-docs.ts';
import './workspace.css';

render(
  <App
    openDb={() => openHistoryDb()}
    writes={workerWrites(request)}
    docs={catalogDocs}
    generator={{ name: 'kyc-lens-extension', version: browser.runtime.getManifest().version }}
  />,
  document.getElementById('app')!,
);
