declare const brand: unique symbol;

/** A nominal type: `Brand<string, 'DocumentId'>` cannot be passed where a `StoryId` is expected. */
export type Brand<T, B extends string> = T & { readonly [brand]: B };

/** Derived from the document's key text hash, so the same article gets the same id on every run. */
export type DocumentId = Brand<string, 'DocumentId'>;
/** Derived from the founding document of the story; stable while membership is stable. */
export type StoryId = Brand<string, 'StoryId'>;
/** Text that went through `key()`: folded, no marks, Western digits. Only this reaches shingling and matching. */
export type KeyText = Brand<string, 'KeyText'>;

export const documentId = (s: string): DocumentId => s as DocumentId;
export const storyId = (s: string): StoryId => s as StoryId;
export const keyText = (s: string): KeyText => s as KeyText;
