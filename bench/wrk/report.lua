-- Counts answers that are not 2xx (per thread) and, when wrk is done, prints one line that
-- bench/run.sh parses. Latencies are in microseconds. A script that loads this one (urls.lua) may
-- define bench_extra(threads), whose string ends the line.
local threads = {}

function setup(thread)
    table.insert(threads, thread)
end

function init(args)
    non2xx = 0
end

function response(status, headers, body)
    if status < 200 or status > 299 then
        non2xx = non2xx + 1
    end
end

function done(summary, latency, requests)
    local bad = 0
    for _, thread in ipairs(threads) do
        bad = bad + (thread:get("non2xx") or 0)
    end
    local e = summary.errors
    io.write(string.format(
        "BENCH requests=%d duration_us=%d bytes=%d p50_us=%d p99_us=%d max_us=%d non2xx=%d socket_errors=%d%s\n",
        summary.requests, summary.duration, summary.bytes, latency:percentile(50), latency:percentile(99),
        latency.max, bad, e.connect + e.read + e.write + e.timeout, bench_extra and bench_extra(threads) or ""))
end
