// Calls a running simulator with the official Mistral TypeScript SDK, unchanged, and reports each operation.
// Usage (outside the repository): npm install @mistralai/mistralai; node check.mjs [baseUrl]
// Exits non-zero when any operation fails.
import { Mistral } from "@mistralai/mistralai";

const serverURL = process.argv[2] ?? "http://127.0.0.1:8089";
const client = new Mistral({ apiKey: "sdk-check-key", serverURL, retryConfig: { strategy: "none" } });
const results = [];

async function check(name, call) {
  try {
    const detail = await call();
    results.push({ name, ok: true });
    console.log(`ok    ${name}${detail ? ": " + detail : ""}`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(`FAIL  ${name}: ${error?.message ?? error}`);
  }
}

function expect(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
}

async function collect(stream) {
  const events = [];
  for await (const event of stream) {
    events.push(event);
  }
  return events;
}

await fetch(serverURL + "/__simulator/reset", { method: "POST" });

const weather = {
  type: "function",
  function: {
    name: "get_weather",
    description: "The weather of a city",
    parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
  },
};

// --- agents
let agent;
await check("agents.create", async () => {
  agent = await client.beta.agents.create({ model: "mistral-medium-latest", name: "sdk-agent",
    instructions: "Answer briefly", tools: [weather] });
  expect(agent.id.startsWith("ag_") && agent.version === 0, "unexpected agent " + JSON.stringify(agent));
  return agent.id;
});
await check("agents.update", async () => {
  const updated = await client.beta.agents.update({ agentId: agent.id,
    updateAgentRequest: { description: "second version" } });
  expect(updated.version === 1 && updated.versions.length === 2, "no new version");
  return "version " + updated.version;
});
await check("agents.get (version 0)", async () => {
  const first = await client.beta.agents.get({ agentId: agent.id, agentVersion: 0 });
  expect(first.version === 0 && first.description == null, "wrong version");
});
await check("agents.list", async () => {
  const agents = await client.beta.agents.list({});
  expect(agents.length === 1 && agents[0].id === agent.id, "expected one agent");
});
await check("agents.listPages (cursor paging over two agents)", async () => {
  const second = await client.beta.agents.create({ model: "mistral-small-latest", name: "second" });
  const seen = [];
  for await (const page of await client.beta.agents.listPages({ pageSize: 1 })) {
    seen.push(...page.result.data.map(found => found.id));
  }
  expect(seen.join() === [second.id, agent.id].join(), "pages gave " + seen);
  await client.beta.agents.delete({ agentId: second.id });
  return seen.length + " pages";
});
await check("agents.listVersions", async () => {
  const versions = await client.beta.agents.listVersions({ agentId: agent.id });
  expect(versions.length === 2, "expected two versions");
});
await check("agents.getVersion", async () => {
  const version = await client.beta.agents.getVersion({ agentId: agent.id, version: "1" });
  expect(version.version === 1, "wrong version");
});
await check("agents.updateVersion", async () => {
  const switched = await client.beta.agents.updateVersion({ agentId: agent.id, version: 0 });
  expect(switched.version === 0, "not switched");
});
await check("agents.createVersionAlias", async () => {
  const alias = await client.beta.agents.createVersionAlias({ agentId: agent.id, alias: "stable", version: 1 });
  expect(alias.alias === "stable" && alias.version === 1, "wrong alias");
});
await check("agents.listVersionAliases", async () => {
  const aliases = await client.beta.agents.listVersionAliases({ agentId: agent.id });
  expect(aliases.length === 1, "expected one alias");
});
await check("agents.deleteVersionAlias + agents.delete", async () => {
  const doomed = await client.beta.agents.create({ model: "mistral-small-latest", name: "doomed" });
  await client.beta.agents.createVersionAlias({ agentId: doomed.id, alias: "old", version: 0 });
  await client.beta.agents.deleteVersionAlias({ agentId: doomed.id, alias: "old" });
  expect((await client.beta.agents.listVersionAliases({ agentId: doomed.id })).length === 0, "alias kept");
  await client.beta.agents.delete({ agentId: doomed.id });
});

// --- conversations
let conversation;
await check("conversations.start (model, function call)", async () => {
  conversation = await client.beta.conversations.start({ model: "mistral-small-latest",
    instructions: "Be brief", inputs: "What does get_weather say for Paris?", tools: [weather] });
  const call = conversation.outputs[0];
  expect(call.type === "function.call" && call.name === "get_weather", "expected a function call");
  return conversation.conversationId;
});
await check("conversations.append (function result)", async () => {
  const call = conversation.outputs[0];
  const answer = await client.beta.conversations.append({ conversationId: conversation.conversationId,
    conversationAppendRequest: { inputs: [{ type: "function.result", toolCallId: call.toolCallId,
      result: "{\"temperature\": 21}" }] } });
  const output = answer.outputs[0];
  expect(output.type === "message.output" && String(output.content).includes("21"), "results not reported");
});
await check("conversations.get", async () => {
  const got = await client.beta.conversations.get({ conversationId: conversation.conversationId });
  expect(got.id === conversation.conversationId && got.model === "mistral-small-latest", "wrong conversation");
});
let history;
await check("conversations.getHistory", async () => {
  history = await client.beta.conversations.getHistory({ conversationId: conversation.conversationId });
  const types = history.entries.map(entry => entry.type);
  expect(types.join() === "message.input,function.call,function.result,message.output", "types " + types);
  return types.join(" ");
});
await check("conversations.getMessages", async () => {
  const messages = await client.beta.conversations.getMessages({ conversationId: conversation.conversationId });
  expect(messages.messages.length === 2, "expected two messages");
});
await check("conversations.restart", async () => {
  const restarted = await client.beta.conversations.restart({ conversationId: conversation.conversationId,
    conversationRestartRequest: { fromEntryId: history.entries[0].id, inputs: "Just say hello" } });
  expect(restarted.conversationId !== conversation.conversationId, "same conversation");
});
await check("conversations.start (agent)", async () => {
  const byAgent = await client.beta.conversations.start({ agentId: agent.id, agentVersion: "stable",
    inputs: "Hello agent" });
  expect(byAgent.outputs[0].agentId === agent.id, "not answered by the agent");
});
await check("conversations.startStream", async () => {
  const events = await collect(await client.beta.conversations.startStream({ model: "mistral-small-latest",
    inputs: "Stream a few words to me" }));
  const names = events.map(event => event.event);
  expect(names[0] === "conversation.response.started" && names.at(-1) === "conversation.response.done",
    "events " + names);
  const text = events.filter(e => e.event === "message.output.delta").map(e => e.data.content).join("");
  expect(text.includes("Stream a few words"), "text " + text);
  return names.length + " events";
});
await check("conversations.appendStream", async () => {
  const events = await collect(await client.beta.conversations.appendStream({
    conversationId: conversation.conversationId, conversationAppendStreamRequest: { inputs: "And tomorrow?" } }));
  expect(events.at(-1).data.usage.totalTokens > 0, "no usage");
});
await check("conversations.restartStream", async () => {
  const events = await collect(await client.beta.conversations.restartStream({
    conversationId: conversation.conversationId,
    conversationRestartStreamRequest: { fromEntryId: history.entries[0].id, inputs: "Again" } }));
  expect(events[0].data.type === "conversation.response.started", "no start event");
});
await check("conversations.list", async () => {
  const list = await client.beta.conversations.list({ page: 0, pageSize: 10 });
  expect(list.length >= 4, "expected the conversations, got " + list.length);
  return list.length + " conversations";
});
await check("conversations.delete", async () => {
  await client.beta.conversations.delete({ conversationId: conversation.conversationId });
});

// --- libraries
let library;
let documentId;
await check("libraries.create", async () => {
  library = await client.beta.libraries.create({ name: "sdk-library", description: "from the SDK" });
  return library.id;
});
await check("libraries.list", async () => {
  const list = await client.beta.libraries.list();
  expect(list.data.length === 1, "expected one library");
});
await check("libraries.get", async () => {
  const got = await client.beta.libraries.get({ libraryId: library.id });
  expect(got.name === "sdk-library", "wrong library");
});
await check("libraries.update (PATCH)", async () => {
  const updated = await client.beta.libraries.update({ libraryId: library.id,
    updateLibraryRequest: { name: "renamed" } });
  expect(updated.name === "renamed", "not renamed");
});
await check("libraries.librariesUpdateV1 (PUT)", async () => {
  const updated = await client.beta.libraries.librariesUpdateV1({ libraryId: library.id,
    updateLibraryRequest: { name: "renamed again" } });
  expect(updated.name === "renamed again", "not renamed");
});
await check("libraries.documents.upload", async () => {
  const document = await client.beta.libraries.documents.upload({ libraryId: library.id,
    requestBody: { file: { fileName: "notes.txt", content: new TextEncoder().encode("Simulated notes") } } });
  documentId = document.id;
  expect(document.processStatus === "todo", "status " + document.processStatus);
  return documentId;
});
await check("libraries.documents.status (todo)", async () => {
  const status = await client.beta.libraries.documents.status({ libraryId: library.id, documentId });
  expect(status.processStatus === "todo", "status " + status.processStatus);
});
await fetch(serverURL + "/__simulator/clock/advance?seconds=10", { method: "POST" });
await check("libraries.documents.status (done after the clock moved)", async () => {
  const status = await client.beta.libraries.documents.status({ libraryId: library.id, documentId });
  expect(status.processStatus === "done", "status " + status.processStatus);
});
await check("libraries.documents.list", async () => {
  const list = await client.beta.libraries.documents.list({ libraryId: library.id });
  expect(list.data.length === 1 && list.pagination.totalItems === 1, "expected one document");
});
await check("libraries.documents.get", async () => {
  const document = await client.beta.libraries.documents.get({ libraryId: library.id, documentId });
  expect(document.name === "notes.txt", "wrong document");
});
await check("libraries.documents.update (PATCH)", async () => {
  const document = await client.beta.libraries.documents.update({ libraryId: library.id, documentId,
    updateDocumentRequest: { name: "renamed.txt" } });
  expect(document.name === "renamed.txt", "not renamed");
});
await check("libraries.documents.textContent", async () => {
  const text = await client.beta.libraries.documents.textContent({ libraryId: library.id, documentId });
  expect(text.text === "Simulated notes", "text " + text.text);
});
await check("libraries.documents.getSignedUrl", async () => {
  const url = await client.beta.libraries.documents.getSignedUrl({ libraryId: library.id, documentId });
  const body = await (await fetch(url)).text();
  expect(body === "Simulated notes", "downloaded " + body);
});
await check("libraries.documents.extractedTextSignedUrl", async () => {
  const url = await client.beta.libraries.documents.extractedTextSignedUrl({ libraryId: library.id, documentId });
  expect((await fetch(url)).ok, "download failed");
});
await check("libraries.documents.reprocess", async () => {
  await client.beta.libraries.documents.reprocess({ libraryId: library.id, documentId });
  const status = await client.beta.libraries.documents.status({ libraryId: library.id, documentId });
  expect(status.processStatus === "todo", "status " + status.processStatus);
});
const someone = "0b9d7f3e-1111-4222-8333-444455556666";
await check("libraries.accesses.updateOrCreate", async () => {
  const sharing = await client.beta.libraries.accesses.updateOrCreate({ libraryId: library.id,
    sharingRequest: { level: "Viewer", shareWithUuid: someone, shareWithType: "User" } });
  expect(sharing.role === "Viewer", "role " + sharing.role);
});
await check("libraries.accesses.list", async () => {
  const list = await client.beta.libraries.accesses.list({ libraryId: library.id });
  expect(list.data.length === 1, "expected one access");
});
await check("libraries.accesses.delete", async () => {
  await client.beta.libraries.accesses.delete({ libraryId: library.id,
    sharingDelete: { shareWithUuid: someone, shareWithType: "User" } });
});
await check("libraries.documents.delete", async () => {
  await client.beta.libraries.documents.delete({ libraryId: library.id, documentId });
});
await check("libraries.delete", async () => {
  const deleted = await client.beta.libraries.delete({ libraryId: library.id });
  expect(deleted.id === library.id, "wrong library");
});

// --- speech and voices
function riff(base64) {
  return Buffer.from(base64, "base64").subarray(0, 4).toString("latin1");
}
let voice;
await check("audio.voices.create", async () => {
  voice = await client.audio.voices.create({ name: "sdk-voice",
    sampleAudio: Buffer.from("RIFF-sample").toString("base64"),
    sampleFilename: "sample.wav", languages: ["en"] });
  return voice.id;
});
await check("audio.voices.list", async () => {
  const list = await client.audio.voices.list({});
  expect(list.total === 1 && list.items.length === 1, "expected one voice");
});
await check("audio.voices.get", async () => {
  const got = await client.audio.voices.get({ voiceId: voice.id });
  expect(got.name === "sdk-voice", "wrong voice");
});
await check("audio.voices.update", async () => {
  const updated = await client.audio.voices.update({ voiceId: voice.id, voiceUpdateRequest: { name: "renamed" } });
  expect(updated.name === "renamed", "not renamed");
});
await check("audio.voices.getSampleAudio", async () => {
  const sample = await client.audio.voices.getSampleAudio({ voiceId: voice.id });
  return typeof sample;
});
await check("audio.speech.complete (wav)", async () => {
  const speech = await client.audio.speech.complete({ input: "Hello from the simulator", voiceId: voice.id,
    responseFormat: "wav" });
  expect(riff(speech.audioData) === "RIFF", "not a WAV file");
  return Buffer.from(speech.audioData, "base64").length + " bytes";
});
await check("audio.speech.complete (stream)", async () => {
  const events = await collect(await client.audio.speech.complete({ input: "Hello", responseFormat: "mp3",
    stream: true }));
  expect(events.at(-1).event === "speech.audio.done", "no done event");
  return events.length + " events";
});
await check("audio.voices.delete", async () => {
  await client.audio.voices.delete({ voiceId: voice.id });
});

const failed = results.filter(result => !result.ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
