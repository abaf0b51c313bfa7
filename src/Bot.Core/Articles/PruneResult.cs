namespace Bot.Core.Articles;

/// <summary>What one retention pass did.</summary>
public readonly record struct PruneResult(int TextsPruned, int ArticlesDeleted);
