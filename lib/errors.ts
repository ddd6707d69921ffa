// The error model shared by server actions and route handlers. Data functions throw these; the
// action helper turns them into form state, the route wrapper into HTTP status codes.

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

/** Missing, or belongs to another family (which must look exactly the same): 404. */
export class NotFoundError extends Error {
  constructor(what = "That") {
    super(`${what} was not found. It may have been removed.`);
    this.name = "NotFoundError";
  }
}

/** A rule of the domain says no, with a message meant for the person: 409 (or 422 with fields). */
export class DomainError extends Error {
  constructor(
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

/**
 * The request is well-formed but a rule of the domain refuses it, e.g. checking an item on a day
 * its routine is not on (HTTP 422 `rule_violation`). The message names the rule.
 */
export class RuleViolationError extends DomainError {
  constructor(message: string) {
    super(message);
    this.name = "RuleViolationError";
  }
}

/** Someone else saved first: the change was not applied (HTTP 409). The form keeps the input. */
export class ConflictError extends DomainError {
  constructor(message: string) {
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
