// `locales/<language>.json?first-screen`: the file cut to FIRST_SCREEN_KEYS by the build.
declare module '*.json?first-screen' {
  const messages: Readonly<Record<string, unknown>>;
  export default messages;
}
