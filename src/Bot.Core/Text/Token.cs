namespace Bot.Core.Text;

/// <summary>
/// One word of a text (one character for Chinese): where its folded form lies in the folded buffer, and where
/// the word lies in the original text. <see cref="AfterStop"/> tells that a sentence ends between the previous
/// token and this one, so a phrase never spans "No. Evidence".
/// </summary>
internal readonly record struct Token(int FoldStart, int FoldLength, int Start, int End, TokenScript Script, bool AfterStop);
