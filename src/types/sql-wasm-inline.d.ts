// sql.js's build with the WebAssembly inlined (no .wasm file to locate next to the bundle); same API as 'sql.js'.
declare module 'sql.js/dist/sql-wasm-inline.js' {
  import initSqlJs from 'sql.js';
  export default initSqlJs;
}
