-- Shared by the wrk scripts of bench/: per-thread status counts, and a done() printing one JSON line
-- ("WRK-JSON {...}") that bench/wrkrun.py reads. Loaded with dofile() from each script.
local M = {}
local threads = {}

function M.setup(thread)
  table.insert(threads, thread)
  thread:set("tid", #threads - 1)
end

function M.count(codes, status)
  codes[status] = (codes[status] or 0) + 1
end

local function encode(v)
  local t = type(v)
  if t == "number" then
    if v ~= v or v == math.huge or v == -math.huge then return "null" end
    return string.format("%.6g", v)
  elseif t == "string" then
    return '"' .. v:gsub('[%c"\\]', function(c) return string.format("\\u%04x", c:byte()) end) .. '"'
  elseif t == "table" then
    local parts = {}
    if #v > 0 then
      for _, x in ipairs(v) do parts[#parts + 1] = encode(x) end
      return "[" .. table.concat(parts, ",") .. "]"
    end
    for k, x in pairs(v) do parts[#parts + 1] = encode(tostring(k)) .. ":" .. encode(x) end
    return "{" .. table.concat(parts, ",") .. "}"
  end
  return "null"
end
M.encode = encode

-- extra(threads) may add fields (e.g. collect ids from the threads) and returns a table merged into the output.
function M.done(summary, latency, extra)
  local codes, non2xx = {}, 0
  for _, thread in ipairs(threads) do
    local c = thread:get("codes") or {}
    for status, n in pairs(c) do
      codes[tostring(status)] = (codes[tostring(status)] or 0) + n
      if tonumber(status) < 200 or tonumber(status) > 299 then non2xx = non2xx + n end
    end
  end
  local e = summary.errors
  local out = {
    requests = summary.requests, duration_s = summary.duration / 1e6,
    rps = summary.requests / (summary.duration / 1e6),
    p50_ms = latency:percentile(50) / 1000, p90_ms = latency:percentile(90) / 1000,
    p99_ms = latency:percentile(99) / 1000, max_ms = latency.max / 1000,
    non_2xx = non2xx, codes = codes,
    socket_errors = e.connect + e.read + e.write + e.timeout, timeouts = e.timeout,
  }
  if extra then
    for k, v in pairs(extra(threads)) do out[k] = v end
  end
  io.write("WRK-JSON " .. encode(out) .. "\n")
end

return M
