// bottleneck/light is the same API as bottleneck without clustering; its package ships types for the main entry only.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
