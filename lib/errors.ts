// The error model shared by server actions and route handlers. Data functions throw these; the
// action helper turns them into form state, the route wrapper into HTTP status codes. A message
// with a name or a day in it is a Sentence: the API answers its English words, a page its
// reader's (lib/i18n/sentence.ts).
import type { Sentence, Words } from "@/lib/i18n/sentence";

/** The sentence behind an error's message, when it has values to fill into a translation. */
function sentenceOf(words: Words): Sentence | undefined {
  return typeof words === "string" ? undefined : words;
}

/** No valid session. Pages redirect to sign-in; the API answers 401. */
export class NotSignedInError extends Error {
  constructor() {
    super("Please sign in.");
    this.name = "NotSignedInError";
  }
}

/** Signed in, but this session may not do this (e.g. a tablet calling a parent action): 403. */
export class ForbiddenError extends Error {
  constructor(message = "You are not allowed to do that.") {
    super(message);
    this.name = "ForbiddenError";
  }
}

// Whole sentences, so each one is translated as a sentence (lib/i18n/server-catalogue.ts).
const NOT_FOUND = {
  That: "That was not found. It may have been removed.",
  "That check": "That check was not found. It may have been removed.",
  "That family member": "That family member was not found. It may have been removed.",
  "That habit": "That habit was not found. It may have been removed.",
  "That invitation": "That invitation was not found. It may have been removed.",
  "That item": "That item was not found. It may have been removed.",
  "That kid": "That kid was not found. It may have been removed.",
  "That log": "That log was not found. It may have been removed.",
  "That amount": "That amount was not found. It may have been undone.",
  "That parent": "That parent was not found. It may have been removed.",
  "That pending invitation": "That pending invitation was not found. It may have been removed.",
  "That request": "That request was not found. It may have been removed.",
  "That reward": "That reward was not found. It may have been removed.",
  "That routine": "That routine was not found. It may have been removed.",
  "That tablet": "That tablet was not found. It may have been removed.",
  "That token": "That token was not found. It may have been removed.",
  "That version": "That version was not found. It may have been removed.",
  "That calendar": "That calendar was not found. It may have been removed.",
  "That trigger": "That trigger was not found. It may have been removed.",
  "That webhook": "That webhook was not found. It may have been removed.",
  "That device": "That device was not found. It may have been removed.",
  "Those days": "Those days were not found. They may have been removed.",
  "Your family": "Your family was not found. It may have been removed.",
} as const;

/** Missing, or belongs to another family (which must look exactly the same): 404. */
export class NotFoundError extends Error {
  constructor(what: keyof typeof NOT_FOUND = "That") {
    super(NOT_FOUND[what]);
    this.name = "NotFoundError";
  }
}

/** A rule of the domain says no, with a message meant for the person: 409 (or 422 with fields). */
export class DomainError extends Error {
  readonly sentence?: Sentence;
  constructor(
    message: Words,
    readonly fieldErrors?: Record<string, Words[]>,
  ) {
    super(String(message));
    this.sentence = sentenceOf(message);
    this.name = "DomainError";
  }
}

/**
 * The request is well-formed but a rule of the domain refuses it, e.g. checking an item on a day
 * its routine is not on (HTTP 422 `rule_violation`). The message names the rule.
 */
export class RuleViolationError extends DomainError {
  constructor(message: Words) {
    super(message);
    this.name = "RuleViolationError";
  }
}

/** Someone else saved first: the change was not applied (HTTP 409). The form keeps the input. */
export class ConflictError extends DomainError {
  constructor(message: Words) {
    super(message);
    this.name = "ConflictError";
  }
}

/**
 * A client event id (idempotency key) sent again with a different request: nothing was done
 * (HTTP 409 `idempotency_key_reused`). A key names one tap; a new tap needs a new key.
 */
export class IdempotencyKeyReusedError extends ConflictError {
  constructor(what: string) {
    super(`That clientEventId was already used for another ${what}. Make a new one for each tap.`);
    this.name = "IdempotencyKeyReusedError";
  }
}

/**
 * More work than the server takes on at once (the password-hashing queue is full): nothing was
 * done, try again in a moment. HTTP 429 with Retry-After; a form shows the message.
 */
export class BusyError extends Error {
  readonly retryAfterSeconds = 2;
  constructor(message = "Lots of people are signing in right now. Try again in a moment.") {
    super(message);
    this.name = "BusyError";
  }
}
