-- Drives `xenlint lsp` from a real Neovim (0.7 and later), headless. Started by NeovimEndToEndIT as
--   nvim --headless -u NONE -i NONE -n -c "luafile neovim-session.lua" web.cfg
-- with XENLINT_LSP_CMD (the command, words separated by newlines) in the environment.
-- Exits 0 when every step worked; otherwise prints what went wrong on stderr and exits 1.

local function fail(msg)
  io.stderr:write('neovim-session: ' .. msg .. '\n')
  vim.cmd('cquit 1')
end

local ok, err = pcall(function()
  local cmd = vim.split(os.getenv('XENLINT_LSP_CMD'), '\n', { plain = true })
  local buf = vim.api.nvim_get_current_buf()
  local dir = vim.fn.expand('%:p:h')
  local exited = nil
  local id = vim.lsp.start_client({
    name = 'xenlint',
    cmd = cmd,
    root_dir = dir,
    workspace_folders = { { uri = vim.uri_from_fname(dir), name = 'test' } },
    on_exit = function(code) exited = code end,
  })
  if not id then fail('the client did not start') return end
  vim.lsp.buf_attach_client(buf, id)

  -- 1. diagnostics for the broken config
  local got = vim.wait(30000, function() return #vim.diagnostic.get(buf) >= 2 end, 50)
  if not got then fail('no diagnostics arrived: ' .. vim.inspect(vim.diagnostic.get(buf))) return end
  local diags = vim.diagnostic.get(buf)
  table.sort(diags, function(a, b) return a.lnum < b.lnum end)
  local function code(d) return d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) end
  if #diags ~= 2 or code(diags[1]) ~= 'XC101' or diags[1].lnum ~= 2 or diags[1].col ~= 0
      or code(diags[2]) ~= 'XC102' or diags[2].lnum ~= 3 or diags[1].source ~= 'xenlint' then
    fail('unexpected diagnostics: ' .. vim.inspect(diags)) return
  end
  if not diags[1].message:find('did you mean `memory`', 1, true) then
    fail('unexpected message: ' .. diags[1].message) return
  end
  print('diagnostics: ' .. code(diags[1]) .. '@' .. diags[1].lnum .. ' ' .. code(diags[2]) .. '@' .. diags[2].lnum)

  -- 2. the quick fix of cpu_cap, applied
  local client = vim.lsp.get_client_by_id(id)
  local uri = vim.uri_from_bufnr(buf)
  local lsp_diag = diags[2].user_data and diags[2].user_data.lsp or nil
  local resp = client.request_sync('textDocument/codeAction', {
    textDocument = { uri = uri },
    range = { start = { line = 3, character = 1 }, ['end'] = { line = 3, character = 1 } },
    context = { diagnostics = lsp_diag and { lsp_diag } or {}, only = { 'quickfix' } },
  }, 10000, buf)
  if not resp or resp.err then fail('codeAction failed: ' .. vim.inspect(resp)) return end
  local chosen = nil
  for _, a in ipairs(resp.result or {}) do
    if a.isPreferred and a.title == 'rename to `cap`' then chosen = a end
  end
  if not chosen then fail('no preferred fix among: ' .. vim.inspect(resp.result)) return end
  vim.lsp.util.apply_workspace_edit(chosen.edit, client.offset_encoding or 'utf-16')
  print('applied: ' .. chosen.title)

  -- 3. formatting the buffer
  local fmt = client.request_sync('textDocument/formatting', {
    textDocument = { uri = uri },
    options = { tabSize = 4, insertSpaces = true },
  }, 10000, buf)
  if not fmt or fmt.err then fail('formatting failed: ' .. vim.inspect(fmt)) return end
  vim.lsp.util.apply_text_edits(fmt.result or {}, buf, client.offset_encoding or 'utf-16')
  local text = table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), '\n')
  local want = 'name = "web"\nkernel = "/boot/vmlinuz"\nmemroy = 512\ncap = 50\nvcpus = 2'
  if text ~= want then fail('formatted text differs:\n' .. text) return end
  print('formatted')

  -- 4. after the edits the server reports only the unknown key
  local settled = vim.wait(30000, function()
    local d = vim.diagnostic.get(buf)
    return #d == 1 and code(d[1]) == 'XC101'
  end, 50)
  if not settled then fail('diagnostics after the edits: ' .. vim.inspect(vim.diagnostic.get(buf))) return end

  -- 5. shutdown and exit: the server ends with status 0
  client.stop()
  if not vim.wait(20000, function() return exited ~= nil end, 50) then fail('the server did not exit') return end
  if exited ~= 0 then fail('the server exited with ' .. tostring(exited)) return end
  print('server exit status 0')
  vim.cmd('qall!')
end)
if not ok then fail(tostring(err)) end
