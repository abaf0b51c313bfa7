namespace Bot.Core.Matching;

/// <summary>
/// A rule node with its terms and concepts replaced by atom ids, ready to evaluate. For BY, <see cref="Right"/> is
/// the speaker, <see cref="Atom"/> every concept of its kind, and <see cref="Accusers"/> the accusation stance.
/// </summary>
internal sealed record CompiledNode(NodeKind Kind, int Atom = -1, CompiledNode? Left = null, CompiledNode? Right = null, int Distance = 0, string? Value = null, int Accusers = -1);
