package org.citydiplomacy.portal.platform.idempotency;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.citydiplomacy.portal.platform.errors.ApiProblems;
import org.citydiplomacy.portal.platform.errors.ProblemType;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The {@code Idempotency-Key} header (IETF httpapi draft) on the operations marked
 * {@link org.citydiplomacy.portal.platform.web.IdempotentCreate}. The key is claimed, the request
 * answered and the answer kept in one transaction with the record it creates, so that:
 * <ul>
 * <li>a retry with the same key and the same request (method, path, body) gets the first answer
 * again (status, Location, ETag, body) and creates nothing;</li>
 * <li>the same key with another request answers 422;</li>
 * <li>a retry that arrives while the first request is still being answered waits for it (its
 * insert of the key waits on the primary key) and then gets its answer; after {@code wait}, 409;</li>
 * <li>an answer that is not a success is not kept (nothing was saved; a retry runs again), and a
 * failed or interrupted first request leaves no key behind.</li>
 * </ul>
 * Keys belong to the signed-in user (two users may use the same key) and are kept 24 hours in
 * PostgreSQL, so a retry that reaches another instance finds them too. Runs inside the security
 * filters: a request that is not authenticated never gets here.
 */
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";

    private static final Duration KEPT = Duration.ofHours(24);

    private final IdempotentOperations operations;
    private final IdempotencyKeys keys;
    private final TransactionTemplate transactions;
    private final ApiProblems problems;
    private final Duration wait;

    IdempotencyFilter(IdempotentOperations operations, IdempotencyKeys keys, TransactionTemplate transactions,
            ApiProblems problems, Duration wait) {
        this.operations = operations;
        this.keys = keys;
        this.transactions = transactions;
        this.problems = problems;
        this.wait = wait;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getHeader(HEADER) == null || !operations.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null || !user.isAuthenticated() || user instanceof AnonymousAuthenticationToken) {
            chain.doFilter(request, response);
            return;
        }
        String key = parseKey(request.getHeader(HEADER));
        if (key == null) {
            problems.write(request, response, ProblemType.IDEMPOTENCY_KEY_INVALID);
            return;
        }
        String owner = user.getName();
        FingerprintedRequest fingerprinted = new FingerprintedRequest(request);
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        Outcome outcome;
        try {
            outcome = transactions.execute(transaction -> {
                if (!keys.claim(owner, key, wait)) {
                    transaction.setRollbackOnly();
                    return keys.find(owner, key).map(Outcome::earlier).orElse(Outcome.BUSY);
                }
                try {
                    chain.doFilter(fingerprinted, answer);
                }
                catch (IOException | ServletException ex) {
                    throw new ChainFailure(ex);
                }
                int status = answer.getStatus();
                if (status < 200 || status > 299) {
                    transaction.setRollbackOnly();
                    return Outcome.ANSWERED;
                }
                byte[] fingerprint;
                try {
                    fingerprint = fingerprinted.fingerprint();
                }
                catch (IOException ex) {
                    throw new ChainFailure(ex);
                }
                keys.complete(owner, key, new StoredAnswer(fingerprint, status,
                        answer.getHeader(HttpHeaders.LOCATION), answer.getHeader(HttpHeaders.ETAG),
                        answer.getContentType(), answer.getContentAsByteArray()), KEPT);
                return Outcome.ANSWERED;
            });
        }
        catch (ChainFailure failure) {
            if (failure.getCause() instanceof ServletException ex) {
                throw ex;
            }
            throw (IOException) failure.getCause();
        }
        catch (PessimisticLockingFailureException ex) {
            outcome = Outcome.BUSY;
        }
        if (outcome == Outcome.ANSWERED) {
            answer.copyBodyToResponse();
        }
        else if (outcome == Outcome.BUSY) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            problems.write(request, response, ProblemType.IDEMPOTENCY_KEY_IN_USE);
        }
        else if (!MessageDigest.isEqual(outcome.earlier().fingerprint(), fingerprinted.fingerprint())) {
            problems.write(request, response, ProblemType.IDEMPOTENCY_KEY_REUSED);
        }
        else {
            replay(outcome.earlier(), response);
        }
    }

    private static void replay(StoredAnswer earlier, HttpServletResponse response) throws IOException {
        response.setStatus(earlier.status());
        if (earlier.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, earlier.location());
        }
        if (earlier.etag() != null) {
            response.setHeader(HttpHeaders.ETAG, earlier.etag());
        }
        if (earlier.contentType() != null) {
            response.setContentType(earlier.contentType());
        }
        response.setContentLength(earlier.body().length);
        response.getOutputStream().write(earlier.body());
    }

    /**
     * The key as sent: a structured-field string as the draft defines it ({@code "abc"}), or the
     * bare value that most clients send. Null when it is empty, too long or not printable ASCII.
     */
    static String parseKey(String header) {
        String value = header.strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        if (value.isEmpty() || value.length() > 255) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                return null;
            }
        }
        return value;
    }

    /** What became of a request: answered here, answered before (kept), or held by another request. */
    private record Outcome(StoredAnswer earlier) {
        static final Outcome ANSWERED = new Outcome(null);
        static final Outcome BUSY = new Outcome(null);

        static Outcome earlier(StoredAnswer answer) {
            return new Outcome(answer);
        }
    }

    /** Carries the chain's checked exceptions out of the transaction callback (which rolls back on it). */
    private static final class ChainFailure extends RuntimeException {
        ChainFailure(Exception cause) {
            super(cause);
        }
    }

    /**
     * The request with its body digested as it is read, so that a large body is never held twice:
     * the fingerprint is SHA-256 over the method, the path with its query, and every byte of the body.
     */
    private static final class FingerprintedRequest extends HttpServletRequestWrapper {

        private final MessageDigest digest;
        private DigestInputStream body;
        private byte[] fingerprint;

        FingerprintedRequest(HttpServletRequest request) {
            super(request);
            try {
                digest = MessageDigest.getInstance("SHA-256");
            }
            catch (NoSuchAlgorithmException ex) {
                throw new IllegalStateException("SHA-256 is part of every JDK", ex);
            }
            String query = request.getQueryString();
            digest.update((request.getMethod() + " " + request.getRequestURI() + (query == null ? "" : "?" + query)
                    + "\n").getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (body == null) {
                body = new DigestInputStream(super.getInputStream(), digest);
            }
            DigestInputStream in = body;
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return false;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("Blocking reads only");
                }
            };
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(),
                    encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding)));
        }

        /** The fingerprint, once the rest of the body (whatever the handler left unread) is read too. */
        byte[] fingerprint() throws IOException {
            if (fingerprint == null) {
                InputStream in = getInputStream();
                byte[] buffer = new byte[8192];
                while (in.read(buffer) != -1) {
                    // only digested
                }
                fingerprint = digest.digest();
            }
            return fingerprint;
        }
    }
}
