import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);

// src/render/json.ts
function renderJson(result) {
  return JSON.stringify(result, null, 2) + "\n";
}

export {
  renderJson
};
