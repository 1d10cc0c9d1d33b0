// Drives an MCP server through the official TypeScript SDK, as an agent's client would, and prints what it got as
// one JSON report on standard output. The scenario file (argv[2]) names the server command and the steps; the Java
// test (McpClientIT) writes the scenario and judges the report.
//
// Scenario: { command, args, cwd, env, roots?: [uri], steps: [{ tool, arguments, timeoutMs? } | { listTools: true }] }
// A step's argument { "jobIdFromStep": n } is replaced by the job id named in step n's result text, and
// { "fromStep": n, "field": "name" } by the field of step n's structured content.
import { readFileSync } from "node:fs";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { ListRootsRequestSchema } from "@modelcontextprotocol/sdk/types.js";

const scenario = JSON.parse(readFileSync(process.argv[2], "utf8"));
const report = { steps: [], received: [], stderr: "", clientErrors: [] };

const transport = new StdioClientTransport({
  command: scenario.command,
  args: scenario.args,
  cwd: scenario.cwd,
  env: scenario.env,
  stderr: "pipe",
});
transport.stderr.on("data", (chunk) => { report.stderr += chunk.toString(); });

const roots = scenario.roots ?? [];
const client = new Client({ name: "mcp-scenario", version: "1.0.0" },
  { capabilities: roots.length > 0 ? { roots: { listChanged: true } } : {} });
if (roots.length > 0) {
  client.setRequestHandler(ListRootsRequestSchema, async () => ({ roots: roots.map((uri) => ({ uri })) }));
}

// A line on the server's standard output that is not JSON-RPC (a stray log line, say) ends up here.
client.onerror = (error) => report.clientErrors.push(String(error?.message ?? error));

await client.connect(transport);
// Every message the server sends from here on, as the SDK received it, for the test's search for a secret.
const deliver = transport.onmessage;
transport.onmessage = (message, extra) => { report.received.push(message); deliver(message, extra); };
report.server = client.getServerVersion();
report.instructions = client.getInstructions();

function jobIdIn(text) {
  const match = /job_id '([^']+)'/.exec(text ?? "");
  return match ? match[1] : null;
}

function textOf(result) {
  return (result?.content ?? []).filter((content) => content.type === "text").map((content) => content.text).join("");
}

for (const step of scenario.steps) {
  const done = { step };
  try {
    if (step.listTools) {
      done.tools = (await client.listTools()).tools;
    } else {
      const args = {};
      for (const [name, value] of Object.entries(step.arguments ?? {})) {
        args[name] = value && typeof value === "object" && "jobIdFromStep" in value
          ? jobIdIn(textOf(report.steps[value.jobIdFromStep].result))
          : value && typeof value === "object" && "fromStep" in value
            ? report.steps[value.fromStep].result?.structuredContent?.[value.field] : value;
      }
      done.progress = [];
      done.result = await client.callTool({ name: step.tool, arguments: args }, undefined, {
        onprogress: (progress) => done.progress.push(progress),
        timeout: step.timeoutMs ?? 60000,
      });
      done.text = textOf(done.result);
    }
  } catch (error) {
    done.protocolError = String(error?.message ?? error);
  }
  report.steps.push(done);
}

await client.close();
process.stdout.write(JSON.stringify(report) + "\n");
