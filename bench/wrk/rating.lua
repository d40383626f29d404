-- wrk script for bench/bench_rating.py: every request a distinct anonymous rater.
-- args: <threads> <requests file> <bare|app> [<ids file>]
-- The requests file (written by bench_rating.py) has one line per request:
--   path \t signed device cookie \t Idempotency-Key \t JSON body
-- Thread k of n sends lines k, k+n, k+2n, ...; wrapping around (a replayed Idempotency-Key) is counted.
-- For the app, the ids of acknowledged ratings (and announced tickets) are written to the ids file, to check
-- that every one of them is in the database.
local common = dofile(debug.getinfo(1, "S").source:sub(2):match("(.*/)") .. "common.lua")

setup = common.setup
codes, ids, tickets, wrapped = {}, {}, {}, 0
local reqs, pos, bare = {}, 0, false

function init(args)
  local n, file = tonumber(args[1]), args[2]
  bare = args[3] == "bare"
  local i = 0
  for line in io.lines(file) do
    if i % n == tid then
      local path, cookie, key, body = line:match("^([^\t]*)\t([^\t]*)\t([^\t]*)\t(.*)$")
      if bare then path = "/bare" end
      reqs[#reqs + 1] = wrk.format("POST", path, {
        ["Host"] = "bench", ["Cookie"] = "dj_rater=" .. cookie, ["Idempotency-Key"] = key,
        ["Content-Type"] = "application/json"}, body)
    end
    i = i + 1
  end
  ids_file = args[4]
end

function request()
  pos = pos + 1
  if pos > #reqs then pos = 1; wrapped = wrapped + 1 end
  return reqs[pos]
end

function response(status, headers, body)
  common.count(codes, status)
  if status == 201 and not bare then
    ids[#ids + 1] = tonumber(body:match('"id"%s*:%s*(%d+)'))
    local t = body:match('"ticket_id"%s*:%s*(%d+)')
    if t then tickets[#tickets + 1] = tonumber(t) end
  end
end

function done(summary, latency, requests)
  common.done(summary, latency, function(threads)
    local all_ids, all_tickets, w, path = {}, {}, 0, nil
    for _, thread in ipairs(threads) do
      for _, x in ipairs(thread:get("ids") or {}) do all_ids[#all_ids + 1] = x end
      for _, x in ipairs(thread:get("tickets") or {}) do all_tickets[#all_tickets + 1] = x end
      w = w + (thread:get("wrapped") or 0)
      path = thread:get("ids_file")
    end
    if path then
      local f = io.open(path, "w")
      f:write(common.encode({ids = all_ids, tickets = all_tickets}))
      f:close()
    end
    return {wrapped = w, acknowledged = #all_ids}
  end)
end
