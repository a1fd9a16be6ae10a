'use client';
import {
  type CheckoutError,
  createIdempotencyAttempts,
  type IdempotencyAttempts,
  type KeyStorage,
  MAX_AUTO_RETRIES,
  readErrorResponse,
  sendWithRetries,
} from '@checkout-errors/core';
import { type UseMutationResult, useMutation } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { UseCheckoutErrorsResult } from './checkoutErrorsTypes.js';
import { CheckoutFailure, readSuccess, realSleep, requiresAction, safePayloadKey, sessionStore } from './payment.js';

/** Where a checkout submit stands, as one enumerated string. */
export type CheckoutStatus = 'idle' | 'submitting' | 'retrying' | 'cooling_down' | 'needs_authentication' | 'failed' | 'succeeded';

/** What `request` gets besides the variables. */
export interface RequestContext {
  /** Send it as the `Idempotency-Key` header. The same for automatic retries of one attempt. */
  readonly idempotencyKey: string;
  /** Aborts the request when it times out. Pass it to `fetch`. */
  readonly signal: AbortSignal;
  /** 0 for the first send of an attempt, then 1, 2 for automatic retries. */
  readonly retry: number;
}

/** What `onAuthenticationRequired` gets: the decline or the `requires_action` answer that asked for it. */
export interface AuthenticationContext<TVariables, TData> {
  readonly error: CheckoutError<string> | null;
  readonly data: TData | null;
  readonly variables: TVariables;
}

export interface UseCheckoutMutationOptions<TVariables, TData> {
  /** The form's `useCheckoutErrors` result: failures are shown through it. */
  errors: UseCheckoutErrorsResult;
  /** Sends one payment request and returns the fetch Response; use `context.idempotencyKey` and `context.signal`. */
  request: (variables: TVariables, context: RequestContext) => Promise<Response>;
  /** What identifies the payment (a changed one starts a new attempt with a new key). Default: the variables as JSON, card numbers cut to their last 4 digits and CVCs left out. */
  payloadKey?: (variables: TVariables) => string;
  /** Abort a request after this many ms. Default 30,000. */
  timeoutMs?: number;
  /** Automatic resends of one attempt at most. Default 2. */
  maxRetries?: number;
  /** Waits for backoff and the cooldown countdown; inject it in tests. Default: setTimeout. */
  sleep?: (ms: number) => Promise<void>;
  /** Jitter source in [0, 1). Default Math.random. */
  random?: () => number;
  /** Where the attempt's key survives a reload or a second tab. Default sessionStorage (none on the server). */
  storage?: KeyStorage | null;
  /** Runs the authentication step (3-D Secure) when a payment needs it, instead of showing an error. Default none. */
  onAuthenticationRequired?: (context: AuthenticationContext<TVariables, TData>) => unknown;
  /** Called with the answer of a successful payment. Default none. */
  onSuccess?: (data: TData, variables: TVariables) => void;
}

export interface UseCheckoutMutationResult<TVariables, TData> {
  /** Sends the payment. A call while one is in flight, cooling down or authenticating is dropped (resolves undefined). */
  submit(variables: TVariables): Promise<TData | undefined>;
  status: CheckoutStatus;
  /** False while a request is in flight, during a cooldown, during authentication and after success (until `reset`). */
  canSubmit: boolean;
  /** After a success: allows a new, separate payment. */
  reset(): void;
  /** During a rate-limit cooldown: the seconds left and the localized text to show by the button; else null. */
  cooldown: { secondsLeft: number; text: string } | null;
  /** The last failure, normalized, or null. */
  error: CheckoutError<string> | null;
  data: TData | undefined;
  /** The open attempt's idempotency key, or null. */
  idempotencyKey: string | null;
  /** The react-query mutation underneath, for devtools and advanced use. */
  mutation: UseMutationResult<TData, CheckoutFailure, TVariables>;
}

/**
 * Submits a checkout through react-query's `useMutation` with `networkMode: 'always'` (offline
 * fails visibly; a payment never fires by itself when the connection returns). One idempotency
 * key per attempt, automatic retries only where the spec allows (same key), at most one request
 * in flight, a countdown after a rate limit, failures shown through `useCheckoutErrors`.
 */
export function useCheckoutMutation<TVariables, TData = unknown>(
  options: UseCheckoutMutationOptions<TVariables, TData>,
): UseCheckoutMutationResult<TVariables, TData> {
  const { errors, timeoutMs = 30_000, maxRetries = MAX_AUTO_RETRIES } = options;
  const latest = useRef(options);
  latest.current = options;
  const [attempts] = useState<IdempotencyAttempts>(() =>
    createIdempotencyAttempts({ storage: options.storage === undefined ? sessionStore() : options.storage }),
  );
  const inFlight = useRef(false);
  // A paid checkout takes no second payment by accident (a double click that lands after a fast
  // success): further submits are dropped until the shop calls reset().
  const paid = useRef(false);
  const mounted = useRef(true);
  const cooldownRun = useRef(0);
  const [retries, setRetries] = useState(0);
  const [secondsLeft, setSecondsLeft] = useState(0);
  const [authenticating, setAuthenticating] = useState(false);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const mutation = useMutation<TData, CheckoutFailure, TVariables>({
    // Offline must fail now, not pause and pay later when the connection comes back.
    networkMode: 'always',
    // Retries happen inside, with the same idempotency key and the spec's backoff.
    retry: false,
    mutationFn: async (variables) => {
      const { request, payloadKey = safePayloadKey, sleep = realSleep, random = Math.random } = latest.current;
      const idempotencyKey = attempts.keyFor(payloadKey(variables));
      const result = await sendWithRetries(
        async (retry) => {
          const controller = new AbortController();
          const timer = setTimeout(
            () => controller.abort(new DOMException('The payment service took too long to answer.', 'TimeoutError')),
            timeoutMs,
          );
          try {
            const response = await request(variables, { idempotencyKey, signal: controller.signal, retry });
            if (!response.ok) throw await readErrorResponse(response);
            const data = await readSuccess(response);
            // A 2xx whose body still carries an error object is an error.
            if (typeof data === 'object' && data !== null && typeof (data as { error?: unknown }).error === 'object') {
              throw { status: response.status, headers: response.headers, body: data };
            }
            return data as TData;
          } finally {
            clearTimeout(timer);
          }
        },
        {
          normalize: (thrown) => errors.checkoutErrors.normalizeError(thrown),
          maxRetries,
          sleep,
          random,
          onRetry: (n) => mounted.current && setRetries(n),
        },
      );
      if (!result.ok) {
        attempts.settle(result.error);
        throw new CheckoutFailure(result.error, result.retries);
      }
      attempts.settle('succeeded');
      return result.value;
    },
  });

  const runCooldown = useCallback(
    async (ms: number) => {
      const run = ++cooldownRun.current;
      const { sleep = realSleep } = latest.current;
      for (let left = Math.ceil(ms / 1000); left > 0; left--) {
        setSecondsLeft(left);
        await sleep(1000);
        if (!mounted.current || run !== cooldownRun.current) return;
      }
      setSecondsLeft(0);
      // The end of a cooldown arrives without a submit: the polite live region says it.
      errors.announce(errors.checkoutErrors.translate('ui.ready_again', {}, { locale: errors.locale }));
    },
    [errors],
  );

  const authenticate = useCallback(
    async (context: AuthenticationContext<TVariables, TData>) => {
      const { onAuthenticationRequired } = latest.current;
      setAuthenticating(true);
      try {
        await onAuthenticationRequired?.(context);
      } catch (thrown) {
        if (mounted.current) errors.apply(thrown);
      } finally {
        if (mounted.current) setAuthenticating(false);
      }
    },
    [errors],
  );

  const blocked = mutation.isPending || mutation.isSuccess || secondsLeft > 0 || authenticating;
  const { mutateAsync } = mutation;
  const submit = useCallback(
    async (variables: TVariables) => {
      // A double click, Enter pressed twice, a call while pending: one request, the rest dropped.
      if (inFlight.current || paid.current) return undefined;
      inFlight.current = true;
      setRetries(0);
      try {
        const data = await mutateAsync(variables);
        paid.current = !requiresAction(data);
        if (!mounted.current) return data;
        errors.clear();
        if (requiresAction(data)) await authenticate({ error: null, data, variables });
        else latest.current.onSuccess?.(data, variables);
        return data;
      } catch (thrown) {
        if (!mounted.current || !(thrown instanceof CheckoutFailure)) return undefined;
        const { error } = thrown;
        // With an authentication step, run it; without one, the shopper is told what the bank wants.
        if (error.retry.mode === 'authenticate' && latest.current.onAuthenticationRequired) {
          await authenticate({ error, data: null, variables });
          return undefined;
        }
        // After automatic retries the failure no longer answers the shopper's click directly:
        // it is announced, not focused (spec section 4).
        errors.show([error], thrown.retries > 0 ? 'background' : 'submit');
        if (error.retry.mode === 'cooldown') void runCooldown(error.retry.afterMs ?? 0);
        return undefined;
      } finally {
        inFlight.current = false;
      }
    },
    [mutateAsync, errors, authenticate, runCooldown],
  );
  // Dropped while blocked by state (cooldown, authentication) too.
  const guardedSubmit = useCallback(
    (variables: TVariables) => (blocked ? Promise.resolve(undefined) : submit(variables)),
    [blocked, submit],
  );

  // Leaving the page while a payment is in flight may lose its answer: ask first.
  useEffect(() => {
    if (!mutation.isPending) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [mutation.isPending]);

  const { reset: resetMutation } = mutation;
  const reset = useCallback(() => {
    paid.current = false;
    resetMutation();
  }, [resetMutation]);

  const status: CheckoutStatus =
    secondsLeft > 0
      ? 'cooling_down'
      : authenticating
        ? 'needs_authentication'
        : mutation.isPending
          ? retries > 0
            ? 'retrying'
            : 'submitting'
          : mutation.isError
            ? 'failed'
            : mutation.isSuccess
              ? 'succeeded'
              : 'idle';

  return {
    submit: guardedSubmit,
    status,
    canSubmit: !blocked,
    cooldown:
      secondsLeft > 0
        ? { secondsLeft, text: errors.checkoutErrors.translate('ui.cooldown', { seconds: secondsLeft }, { locale: errors.locale }) }
        : null,
    error: mutation.error?.error ?? null,
    data: mutation.data,
    idempotencyKey: attempts.current(),
    reset,
    mutation,
  };
}
