/** Files imported as text (`styles/consentry.css?raw`), inlined by the build. */
declare module '*?raw' {
  const text: string;
  export default text;
}
