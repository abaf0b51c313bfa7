namespace Bot.Core.Matching;

/// <summary>
/// A rule node with its terms and concepts replaced by atom ids, ready to evaluate. For BY, <see cref="Right"/> is
/// the speaker, <see cref="Atom"/> every concept of its kind, <see cref="Accusers"/> the accusation stance and
/// <see cref="Statements"/> the verbs of saying.
/// <see cref="Shared"/> is the node's slot among those several rules or branches use (the presets share their
/// denial and article tests), whose result an article computes once; -1 for a node used once.
/// </summary>
internal sealed record CompiledNode(NodeKind Kind, int Atom = -1, CompiledNode? Left = null, CompiledNode? Right = null, int Distance = 0, string? Value = null, int Accusers = -1, int Statements = -1, int Shared = -1);
