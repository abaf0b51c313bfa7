using System.Text.RegularExpressions;

namespace Bot.Core.Matching;

/// <summary>
/// The question and answer turns of a press-conference transcript ("问：… 答：…", "Q : … R : …"), as foreign
/// ministries publish them: the answers are the spokesperson's, who is named once, before the first turn
/// ("外交部发言人洪磊主持例行记者会"). A text is a transcript when a line opens with a question marker and another
/// with an answer marker.
/// </summary>
internal sealed partial class Transcript
{
    private readonly List<(int Offset, bool Answer)> _turns;

    private Transcript(List<(int Offset, bool Answer)> turns) => _turns = turns;

    /// <summary>Where the first turn starts in the text; 0 when the text is no transcript.</summary>
    public int Opening => _turns.Count > 0 ? _turns[0].Offset : 0;

    public static Transcript Read(string text)
    {
        var turns = new List<(int Offset, bool Answer)>();
        foreach (Match marker in TurnMarker().Matches(text))
        {
            turns.Add((marker.Index, marker.Groups["answer"].Success));
        }

        var isTranscript = turns.Exists(turn => turn.Answer) && turns.Exists(turn => !turn.Answer);
        return new Transcript(isTranscript ? turns : []);
    }

    /// <summary>Whether <paramref name="offset"/> in the text lies in an answer turn.</summary>
    public bool InAnswer(int offset)
    {
        var answer = false;
        foreach (var (start, isAnswer) in _turns)
        {
            if (start > offset)
            {
                break;
            }

            answer = isAnswer;
        }

        return answer;
    }

    // A turn marker opens a line: the word for question or answer (or its initial), then a colon.
    [GeneratedRegex(@"^[ \t\u3000]*(?:(?<answer>答|R|A|Réponse|Answer|Ответ|Respuesta|Antwort|جواب|الجواب|ج)|问|問|Q|Question|Вопрос|Pregunta|Frage|سؤال|السؤال|س)[ \t\u3000]*[:：]", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex TurnMarker();
}
