-- For large streamed answers (the CSV export): no response() callback, so that wrk does not
-- hand every body to Lua; answers of 400 and more are counted by wrk itself (errors.status).
function done(summary, latency, requests)
    local e = summary.errors
    io.write(string.format(
        "BENCH requests=%d duration_us=%d bytes=%d p50_us=%d p99_us=%d max_us=%d non2xx=%d socket_errors=%d\n",
        summary.requests, summary.duration, summary.bytes, latency:percentile(50), latency:percentile(99),
        latency.max, e.status, e.connect + e.read + e.write + e.timeout))
end
