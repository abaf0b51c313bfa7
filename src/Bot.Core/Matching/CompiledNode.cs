namespace Bot.Core.Matching;

/// <summary>A rule node with its terms and concepts replaced by atom ids, ready to evaluate.</summary>
internal sealed record CompiledNode(NodeKind Kind, int Atom = -1, CompiledNode? Left = null, CompiledNode? Right = null, int Distance = 0, string? Value = null);
