-- Neovim as a second real LSP client for the Article Lens server (works with Neovim 0.7, Debian bookworm).
-- Run by test/e2e/nvim.mjs as: nvim --headless -u NONE -i NONE -n -c "luafile test/e2e/nvim-probe.lua"
--
-- Input (environment):
--   ARTICLE_LENS_SERVER_CMD   JSON array, e.g. ["node", "/repo/dist/server.js", "--stdio"]
--   ARTICLE_LENS_FILE         the article to open
--   ARTICLE_LENS_HOVER_LINE   0-based line to hover
--   ARTICLE_LENS_HOVER_CHAR   0-based character to hover (default 2)
--   ARTICLE_LENS_RESULT       file to write the JSON result to
--   ARTICLE_LENS_TIMEOUT_MS   bound for each wait (default 10000)
-- Output: one JSON object in ARTICLE_LENS_RESULT with what the client saw; the caller decides pass or fail.
-- Neovim exits 0 once the result is written, 1 if the probe itself broke.

local result = { steps = {} }
local started = vim.loop.hrtime()

local function step(name)
  table.insert(result.steps, { name = name, ms = math.floor((vim.loop.hrtime() - started) / 1e6) })
end

local function env(name, default)
  local value = os.getenv(name)
  if value == nil or value == "" then
    if default == nil then error(name .. " is not set") end
    return default
  end
  return value
end

local function write_result()
  local path = os.getenv("ARTICLE_LENS_RESULT")
  local encoded = vim.fn.json_encode(result)
  if path and path ~= "" then
    local handle = assert(io.open(path, "w"))
    handle:write(encoded)
    handle:close()
  else
    io.stdout:write(encoded .. "\n")
  end
end

-- LSP diagnostic code: Neovim 0.8+ copies it to the top level, 0.7 keeps it in user_data.lsp.
local function code_of(diagnostic)
  if diagnostic.code ~= nil then return diagnostic.code end
  local lsp = diagnostic.user_data and diagnostic.user_data.lsp
  return lsp and lsp.code or nil
end

local function probe()
  local cmd = vim.fn.json_decode(env("ARTICLE_LENS_SERVER_CMD"))
  local file = vim.fn.fnamemodify(env("ARTICLE_LENS_FILE"), ":p")
  local hover_line = tonumber(env("ARTICLE_LENS_HOVER_LINE"))
  local hover_char = tonumber(env("ARTICLE_LENS_HOVER_CHAR", "2"))
  local timeout = tonumber(env("ARTICLE_LENS_TIMEOUT_MS", "10000"))

  vim.cmd("edit " .. vim.fn.fnameescape(file))
  local buf = vim.api.nvim_get_current_buf()
  -- -u NONE means no filetype detection; the language id sent in didOpen is the filetype.
  vim.bo[buf].filetype = "article"

  local ready = false
  local problems = {}
  local client_id = vim.lsp.start_client({
    name = "article-lens",
    cmd = cmd,
    root_dir = vim.fn.fnamemodify(file, ":h"),
    on_init = function() ready = true end,
    on_error = function(code, err) table.insert(problems, "client error " .. tostring(code) .. ": " .. vim.inspect(err)) end,
    on_exit = function(code, signal)
      if code ~= 0 then table.insert(problems, "server exited with code " .. tostring(code) .. ", signal " .. tostring(signal)) end
    end,
  })
  if not client_id then error("vim.lsp.start_client returned nil") end
  if not vim.lsp.buf_attach_client(buf, client_id) then error("vim.lsp.buf_attach_client failed") end

  if not vim.wait(timeout, function() return ready end, 20) then
    error("server did not finish initialize within " .. timeout .. " ms " .. vim.inspect(problems))
  end
  step("initialized")

  local client = vim.lsp.get_client_by_id(client_id)
  local caps = client.server_capabilities or client.resolved_capabilities or {}
  result.hover_provider = caps.hoverProvider or caps.hover or false

  -- Diagnostics are pushed after didOpen.
  vim.wait(timeout, function() return #vim.diagnostic.get(buf) > 0 end, 20)
  step("diagnostics")
  result.diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(result.diagnostics, {
      line = d.lnum,
      col = d.col,
      severity = d.severity,
      source = d.source,
      code = code_of(d),
      message = d.message,
    })
  end

  local params = {
    textDocument = { uri = vim.uri_from_bufnr(buf) },
    position = { line = hover_line, character = hover_char },
  }
  local responses, err = vim.lsp.buf_request_sync(buf, "textDocument/hover", params, timeout)
  if not responses then error("hover request failed: " .. tostring(err)) end
  local response = responses[client_id]
  if response == nil then error("no hover response from the server") end
  if response.err then error("hover error: " .. vim.inspect(response.err)) end
  result.hover = response.result or vim.NIL
  step("hover")

  vim.lsp.stop_client(client_id)
  vim.wait(3000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 20)
  step("stopped")
  if #problems > 0 then result.problems = problems end
end

local ok, err = pcall(probe)
if not ok then result.error = tostring(err) end
local wrote, write_err = pcall(write_result)
if not wrote then
  io.stderr:write("could not write the probe result: " .. tostring(write_err) .. "\n")
  vim.cmd("cquit 1")
end
vim.cmd(ok and "qall!" or "cquit 1")
