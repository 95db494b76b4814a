import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * Whether the operation selects the field at `path` below the resolver's field, e.g.
 * ['edges', 'node', 'person'], through fragments too; so a list joins a related row only when
 * someone asked for it.
 */
export function selects(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  return info.fieldNodes.some((node) => node.selectionSet !== undefined && within(node.selectionSet, path, info));
}

function within(set: SelectionSetNode, [name, ...rest]: readonly string[], info: GraphQLResolveInfo): boolean {
  return fieldsOf(set, info).some(
    (field) => field.name.value === name && (rest.length === 0 || (field.selectionSet !== undefined && within(field.selectionSet, rest, info))),
  );
}

function fieldsOf(set: SelectionSetNode, info: GraphQLResolveInfo): FieldNode[] {
  return set.selections.flatMap((selection) => {
    if (selection.kind === 'Field') return [selection];
    const fragment = selection.kind === 'InlineFragment' ? selection : info.fragments[selection.name.value];
    return fragment ? fieldsOf(fragment.selectionSet, info) : [];
  });
}
