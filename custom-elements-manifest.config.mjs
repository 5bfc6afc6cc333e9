// The manifest documents the public elements only; generated locale modules
// and tests carry no custom elements.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/generated/**', 'src/**/*.styles.ts'],
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [eventMapTypes()],
};

/**
 * Gives each element's events the types of its `<Class>EventMap` (an
 * interface, or an alias of one), the same declarations that type
 * `addEventListener`, so that the manifest and TypeScript agree. An event
 * the analyzer guessed from code (`new CustomEvent(type)`) that is neither
 * documented with `@fires` nor in the map is not an event.
 */
function eventMapTypes() {
  const maps = new Map();
  const aliases = new Map();

  return {
    name: 'event-map-types',
    collectPhase({ts, node}) {
      if (ts.isInterfaceDeclaration(node) && /EventMap$/.test(node.name.text)) {
        const events = new Map();
        for (const member of node.members) {
          if (ts.isPropertySignature(member) && member.type) {
            events.set(member.name.text, member.type.getText());
          }
        }
        maps.set(node.name.text, events);
      }
      if (
        ts.isTypeAliasDeclaration(node) &&
        /EventMap$/.test(node.name.text) &&
        ts.isTypeReferenceNode(node.type)
      ) {
        aliases.set(node.name.text, node.type.typeName.getText());
      }
    },
    packageLinkPhase({customElementsManifest}) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.customElement || !declaration.events) continue;

          const name = `${declaration.name}EventMap`;
          const map = maps.get(name) ?? maps.get(aliases.get(name));
          if (!map) continue;

          declaration.events = declaration.events
            .filter((event) => map.has(event.name) || event.description)
            .map((event) =>
              map.has(event.name)
                ? {...event, type: {text: map.get(event.name)}}
                : event
            );
        }
      }
    },
  };
}
