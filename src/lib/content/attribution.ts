import { sourceDocuments, type SourceDocumentId } from '../../domain/sources';
import { sourcesUrl } from '../site/urls';
import type { RoleRef } from './roles';

/** Roles whose links to something come from one document, with how a sentence names that document. */
export interface NamingDocument<T extends RoleRef> {
  document: SourceDocumentId;
  /** "the career framework for teaching assistants", for the start of a sentence after a capital. */
  name: string;
  href: string;
  roles: T[];
  /** The verb in the form the document's name takes: `verb('names', 'name')`. */
  verb: (singular: string, plural: string) => string;
}

/**
 * Who names a qualification or status for these roles: a role's links (its relevant qualifications,
 * statuses and CPD suggestions) are printed in its own profile, so they come from the document that
 * profile is in. Groups in the order of `sourceDocuments`; roles keep their order.
 */
export function namingDocuments<T extends RoleRef>(roles: readonly T[]): NamingDocument<T>[] {
  return (Object.keys(sourceDocuments) as SourceDocumentId[]).flatMap((document) => {
    const fromDocument = roles.filter((role) => role.data.source.document === document);
    if (fromDocument.length === 0) return [];
    const { name, plural } = sourceDocuments[document];
    return [{ document, name, href: sourcesUrl(document), roles: fromDocument, verb: (one: string, many: string) => (plural ? many : one) }];
  });
}

/** A sentence's first words with a capital: "The career framework …". */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
