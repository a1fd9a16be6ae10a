'use client';
import {
  type CheckoutError,
  createIdempotencyAttempts,
  type IdempotencyAttempts,
  MAX_AUTO_RETRIES,
  type PaymentOutcome,
  readErrorResponse,
  sendWithRetries,
} from '@checkout-errors/core';
import { useMutation } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ErrorSource } from './analytics.js';
import type {
  AuthenticationContext,
  CheckoutStatus,
  UseCheckoutMutationOptions,
  UseCheckoutMutationResult,
} from './checkoutMutationTypes.js';
import { CheckoutFailure, readSuccess, realSleep, safePayloadKey, sessionStore, unconfirmedAfterReload } from './payment.js';

/**
 * Submits a checkout through react-query's `useMutation` with `networkMode: 'always'` (offline
 * fails visibly; a payment never fires by itself when the connection returns). One idempotency
 * key per attempt, automatic retries only where the spec allows (same key), at most one request
 * in flight, a countdown after a rate limit, failures shown through `useCheckoutErrors`. A
 * payment whose outcome is unknown holds the form in `unconfirmed` (across a reload) until the
 * shop has checked it and called `resolveUnconfirmed`.
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
  // An unknown outcome (a 5xx marked final): the failure, and the submit's variables for onSuccess.
  const [unconfirmed, setUnconfirmed] = useState<CheckoutError<string> | null>(null);
  const unconfirmedRef = useRef<{ error: CheckoutError<string>; variables: TVariables | undefined } | null>(null);
  // A payment the shop confirmed through resolveUnconfirmed('paid'): no response carried it.
  const [confirmed, setConfirmed] = useState<{ data: TData } | null>(null);
  // What the last 2xx said: paid, pending at the provider, or an authentication step.
  const outcome = useRef<PaymentOutcome>({ outcome: 'succeeded' });
  const [pending, setPending] = useState(false);

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
      // Also for a direct `mutation.mutate`: while the last payment may have charged, send nothing.
      if (attempts.unconfirmed())
        throw new CheckoutFailure(unconfirmedRef.current?.error ?? unconfirmedAfterReload(latest.current.errors.checkoutErrors), 0);
      const { request, payloadKey = safePayloadKey, sleep = realSleep, random = Math.random } = latest.current;
      const idempotencyKey = attempts.keyFor(payloadKey(variables));
      let all: readonly CheckoutError<string>[] = [];
      const result = await sendWithRetries(
        async (retry) => {
          const controller = new AbortController();
          const timer = setTimeout(() => controller.abort(new DOMException('Timed out', 'TimeoutError')), timeoutMs);
          try {
            const response = await request(variables, { idempotencyKey, signal: controller.signal, retry });
            if (!response.ok) throw await readErrorResponse(response);
            const data = await readSuccess(response);
            // A 2xx is not yet a payment: providers answer refusals with 200 or 201, and a
            // refusal is read like any error body; pending and authentication wait in `outcome`.
            const read = errors.checkoutErrors.readOutcome(data, { status: response.status });
            if (read.outcome === 'failed') throw { status: response.status, headers: response.headers, body: data };
            outcome.current = read;
            return data as TData;
          } finally {
            clearTimeout(timer);
          }
        },
        {
          normalize: (thrown) => {
            all = errors.checkoutErrors.normalizeErrors(thrown);
            // A thrown answer is a failure even when a dialect reads nothing wrong in it.
            return all[0] ?? errors.checkoutErrors.normalizeError(thrown);
          },
          maxRetries,
          sleep,
          random,
          onRetry: (n) => mounted.current && setRetries(n),
        },
      );
      if (!result.ok) {
        attempts.settle(result.error);
        throw new CheckoutFailure(result.error, result.retries, all);
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

  // Enters `unconfirmed`: the error shown like any failure, the shop told once so it can check.
  const enterUnconfirmed = useCallback(
    (error: CheckoutError<string>, variables: TVariables | undefined, source: ErrorSource) => {
      unconfirmedRef.current = { error, variables };
      setUnconfirmed(error);
      const { errors: shown, onUnconfirmed } = latest.current;
      shown.show([error], source);
      const idempotencyKey = attempts.current();
      if (idempotencyKey !== null) onUnconfirmed?.({ idempotencyKey, error });
    },
    [attempts],
  );

  // After a reload, an attempt stored as unconfirmed brings the state back. Read after mount, so
  // the server's render and the first client render agree; `submit` checks storage's copy itself.
  const restored = useRef(false);
  useEffect(() => {
    if (restored.current || !attempts.unconfirmed()) return;
    restored.current = true;
    // It arrives without a submit: announced politely, not focused.
    enterUnconfirmed(unconfirmedAfterReload(latest.current.errors.checkoutErrors), undefined, 'background');
  }, [attempts, enterUnconfirmed]);

  const blocked =
    mutation.isPending || mutation.isSuccess || secondsLeft > 0 || authenticating || unconfirmed !== null || confirmed !== null;
  const { mutateAsync } = mutation;
  const submit = useCallback(
    async (variables: TVariables) => {
      // A double click, Enter pressed twice, a call while pending: one request, the rest dropped.
      if (inFlight.current || paid.current || attempts.unconfirmed()) return undefined;
      inFlight.current = true;
      setRetries(0);
      try {
        const data = await mutateAsync(variables);
        const read = outcome.current;
        paid.current = read.outcome !== 'requires_action';
        if (!mounted.current) return data;
        errors.clear();
        if (read.outcome === 'requires_action') await authenticate({ error: null, data: read.data as TData, variables });
        else if (read.outcome === 'pending') {
          setPending(true);
          latest.current.onPending?.(data, variables);
        } else latest.current.onSuccess?.(data, variables);
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
        const source = thrown.retries > 0 ? 'background' : 'submit';
        if (error.retry.mode === 'unconfirmed') {
          enterUnconfirmed(error, variables, source);
          return undefined;
        }
        errors.show(thrown.errors, source);
        if (error.retry.mode === 'cooldown') void runCooldown(error.retry.afterMs ?? 0);
        return undefined;
      } finally {
        inFlight.current = false;
      }
    },
    [mutateAsync, errors, authenticate, runCooldown, attempts, enterUnconfirmed],
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
    setConfirmed(null);
    setPending(false);
    resetMutation();
  }, [resetMutation]);

  const resolveUnconfirmed = useCallback(
    (outcome: 'paid' | 'not_paid', data?: TData) => {
      if (!attempts.unconfirmed()) return;
      const variables = unconfirmedRef.current?.variables;
      unconfirmedRef.current = null;
      setUnconfirmed(null);
      latest.current.errors.clear();
      resetMutation();
      if (outcome === 'not_paid') {
        // Nothing was charged: the key is released, and the next submit is a new attempt.
        attempts.settle('not_paid');
        return;
      }
      attempts.settle('succeeded');
      paid.current = true;
      // No answer body came; the shop's own finding (or null, as for a 2xx without a body) stands in.
      const result = (data ?? null) as TData;
      setConfirmed({ data: result });
      latest.current.onSuccess?.(result, variables);
    },
    [attempts, resetMutation],
  );

  const status: CheckoutStatus =
    unconfirmed !== null
      ? 'unconfirmed'
      : confirmed !== null
        ? 'succeeded'
        : pending
          ? 'pending'
          : secondsLeft > 0
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
    error: unconfirmed ?? mutation.error?.error ?? null,
    data: confirmed === null ? mutation.data : confirmed.data,
    idempotencyKey: attempts.current(),
    reset,
    resolveUnconfirmed,
    mutation,
  };
}
