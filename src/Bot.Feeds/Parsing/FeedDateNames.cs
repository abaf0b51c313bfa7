namespace Bot.Feeds.Parsing;

/// <summary>Month, weekday and zone names in the languages of the watched news (en, fr, es, de, it, pt, ru).</summary>
internal static class FeedDateNames
{
    public static readonly Dictionary<string, int> Months = Build(
        (1, "jan january janv janvier ene enero januar jänner jaenner gen gennaio janeiro янв январь января"),
        (2, "feb february fév fev févr fevr février fevrier febrero februar febbraio fevereiro фев февр февраль февраля"),
        (3, "mar march mars marzo märz maerz mär marco março мар март марта"),
        (4, "apr april avr avril abr abril aprile апр апрель апреля"),
        (5, "may mai mayo mag maggio maio май мая"),
        (6, "jun june juin junio juni giu giugno junho июн июнь июня"),
        (7, "jul july juil juillet julio juli lug luglio julho июл июль июля"),
        (8, "aug august août aout ago agosto авг август августа"),
        (9, "sep sept september septembre septiembre setiembre set settembre setembro сен сент сентябрь сентября"),
        (10, "oct october octobre octubre okt oktober ott ottobre out outubro окт октябрь октября"),
        (11, "nov november novembre noviembre novembro ноя нояб ноябрь ноября"),
        (12, "dec december déc décembre decembre dic diciembre dez dezember dicembre dezembro дек декабрь декабря"));

    public static readonly HashSet<string> Weekdays = new(
        """
        mon monday tue tues tuesday wed wednesday thu thur thurs thursday fri friday sat saturday sun sunday
        lun mar lundi mardi mer mercredi jeu jeudi ven vendredi sam samedi dim dimanche
        lunes martes miércoles miercoles jue jueves vie viernes sáb sab sábado sabado dom domingo
        mo montag di dienstag mi mittwoch do donnerstag fr freitag sa samstag sonnabend so sonntag
        lunedì martedì mercoledì giovedì venerdì sabato domenica
        segunda terça quarta quinta sexta
        пн вт ср чт пт сб вс понедельник вторник среда четверг пятница суббота воскресенье
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
        StringComparer.Ordinal);

    /// <summary>Connecting words of written-out dates ("10 de junio de 2003", "10 июня 2003 г.").</summary>
    public static readonly HashSet<string> Fillers = new(["de", "del", "г", "года", "à", "a", "um", "at", "le", "el", "o", "h", "às", "в"], StringComparer.Ordinal);

    public static readonly Dictionary<string, TimeSpan> Zones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = TimeSpan.Zero, ["UT"] = TimeSpan.Zero, ["UTC"] = TimeSpan.Zero, ["Z"] = TimeSpan.Zero, ["WET"] = TimeSpan.Zero,
        ["EST"] = H(-5), ["EDT"] = H(-4), ["CST"] = H(-6), ["CDT"] = H(-5), ["MST"] = H(-7), ["MDT"] = H(-6),
        ["PST"] = H(-8), ["PDT"] = H(-7), ["AKST"] = H(-9), ["AKDT"] = H(-8), ["HST"] = H(-10), ["AST"] = H(-4), ["ADT"] = H(-3),
        ["BST"] = H(1), ["WEST"] = H(1), ["CET"] = H(1), ["MET"] = H(1), ["MEZ"] = H(1), ["CEST"] = H(2), ["MEST"] = H(2), ["MESZ"] = H(2),
        ["EET"] = H(2), ["EEST"] = H(3), ["MSK"] = H(3), ["MSD"] = H(4), ["IST"] = H(5.5), ["PKT"] = H(5),
        ["HKT"] = H(8), ["SGT"] = H(8), ["AWST"] = H(8), ["JST"] = H(9), ["KST"] = H(9),
        ["AEST"] = H(10), ["AEDT"] = H(11), ["NZST"] = H(12), ["NZDT"] = H(13),
    };

    private static TimeSpan H(double hours) => TimeSpan.FromHours(hours);

    private static Dictionary<string, int> Build(params (int Month, string Names)[] months)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (month, names) in months)
        {
            foreach (var name in names.Split(' '))
            {
                map[name] = month;
            }
        }

        return map;
    }
}
