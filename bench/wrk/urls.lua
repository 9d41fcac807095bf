-- A different URL on every request, for the rows that the page cache cannot answer: each request
-- appends the next value of a list (one a line: a word, or a query string) to a path prefix. The
-- threads share the list without asking for the same value twice: thread i of T takes positions
-- START + i - 1, START + i - 1 + T, ... and wraps around at the end of the list.
--
--   wrk -t2 ... -s bench/wrk/urls.lua http://host:port -- LIST_FILE PREFIX START THREADS
--
-- Reports like report.lua, plus list= (its length), next= (the first position no thread took, where
-- the measured run starts after the warm-up) and repeats= (requests that wrapped around: the same
-- URL asked a second time, which a page cache may answer).
local here = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(here .. "report.lua")

local report_setup, report_init = setup, init
local started = 0

function setup(thread)
    report_setup(thread)
    started = started + 1
    thread:set("id", started)
end

-- Percent-encoded but for unreserved characters and & and =, so that a value may also be a query
-- string of several parameters ("sort=oldest&page=7").
local function encode(value)
    return (value:gsub("[^%w%-%._~&=]", function(c) return string.format("%%%02X", c:byte()) end))
end

function init(args)
    report_init(args)
    -- args[0] is the URL; what follows "--" starts at args[1].
    list = {}
    for line in io.lines(args[1]) do
        if line ~= "" then
            table.insert(list, encode(line))
        end
    end
    assert(#list > 0, "empty list: " .. args[1])
    count = #list
    prefix = args[2]
    position = tonumber(args[3]) + id - 1
    step = tonumber(args[4])
    repeats = 0
    last = -1
end

function request()
    local p = position
    position = position + step
    last = p
    if p >= #list then
        repeats = repeats + 1
    end
    return wrk.format(nil, prefix .. list[(p % #list) + 1])
end

-- report.lua's done() appends what this returns to its BENCH line.
function bench_extra(threads)
    local n, next, wrapped = 0, 0, 0
    for _, thread in ipairs(threads) do
        n = thread:get("count") or 0
        next = math.max(next, (thread:get("last") or -1) + 1)
        wrapped = wrapped + (thread:get("repeats") or 0)
    end
    return string.format(" list=%d next=%d repeats=%d", n, next, wrapped)
end
