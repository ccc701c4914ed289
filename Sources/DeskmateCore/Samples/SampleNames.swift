/// Given and family names from many languages and scripts, for the demo desk
/// and for synthetic stores that benchmarks and soak tests run against.
public enum SampleNames {
    public static let given: [String] = [
        "Catherine", "Kathryn", "Katherine", "Caitlin", "Kaitlyn", "Jon", "John", "Jonathan", "Geoffrey", "Jeffrey",
        "Stephen", "Steven", "Margaret", "William", "Alexander", "Alexandra", "Elizabeth", "Zoë", "Chloé", "Renée",
        "José", "María", "Søren", "Bjørn", "Łukasz", "Małgorzata", "Jürgen", "Günther", "Æsa", "Þóra", "Đorđe",
        "İsmail", "Ayşe", "Siobhán", "Aoife", "Niamh", "Seán", "François", "Hélène", "Anaïs", "Mohammed", "Fatima",
        "Aaliyah", "Omar", "Yusuf", "Priya", "Arjun", "Ananya", "Rohan", "Wei", "Li", "Mei", "Hiroshi", "Yuki",
        "Sakura", "Min-jun", "Ji-woo", "Seo-yeon", "Nguyễn", "Thảo", "Kwame", "Ama", "Chidi", "Ngozi", "Oluwaseun",
        "Amara", "Thandiwe", "Sipho", "Mateo", "Valentina", "Santiago", "Camila", "Lucía", "Diego", "Ingrid", "Astrid",
        "Lars", "Freya", "Olga", "Dmitri", "Natalia", "Sasha", "Ivan", "Yekaterina", "Mikhail", "Anastasia", "Aleksandr",
        "Giulia", "Lorenzo", "Francesca", "Matteo", "Emma", "Liam", "Olivia", "Noah", "Ava", "Ethan", "Mia", "Lucas",
        "Amelia", "Harper", "Evelyn", "Peggy", "Bill", "Kate", "Sean", "Shawn", "Shaun", "Ellen", "Helen", "Ellis",
        "Anne", "Ann", "Hannah", "Marie", "Mary", "Miriam", "Ruth", "Esther", "Eitan", "Noa", "Tamar", "Avi",
        "Алексей", "Мария", "Дмитрий", "Ελένη", "Γιώργος", "伟", "芳", "娜", "秀英", "健", "さくら", "ひろし", "민준", "서연",
        "Zeynep", "Emir", "Elif", "Kerem", "Pedro", "Ana", "João", "Inês", "Tomás", "Beatriz", "Nuno", "Rui",
    ]

    public static let family: [String] = [
        "Smith", "Smyth", "Schmidt", "Schmitt", "Johnson", "Jonson", "Brown", "Braun", "Williams", "Jones", "Garcia",
        "García", "Martínez", "Rodríguez", "Hernández", "López", "González", "Pérez", "Sánchez", "Ramírez", "Torres",
        "Nguyen", "Nguyễn", "Tran", "Trần", "Le", "Pham", "Kim", "Lee", "Park", "Choi", "Jung", "Wang", "Li", "Zhang",
        "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe",
        "Müller", "Mueller", "Schneider", "Fischer", "Weber", "Meyer", "Meier", "Wagner", "Becker", "Hoffmann",
        "Ångström", "Ødegaard", "Østergaard", "Kowalski", "Kowalczyk", "Wiśniewski", "Wójcik", "Łuczak", "Nowak",
        "O'Brien", "O'Connor", "Murphy", "Kelly", "Byrne", "Ryan", "Walsh", "MacDonald", "McDonald", "Campbell",
        "Dubois", "Lefèvre", "Lefebvre", "Moreau", "Rousseau", "Fontaine", "Rossi", "Russo", "Ferrari", "Esposito",
        "Bianchi", "Romano", "Ivanov", "Smirnov", "Kuznetsov", "Popov", "Petrov", "Sokolov", "Papadopoulos",
        "Okafor", "Adeyemi", "Mensah", "Osei", "Nkosi", "Dlamini", "Mohamed", "Ahmed", "Hassan", "Khan", "Ali",
        "Patel", "Sharma", "Singh", "Gupta", "Iyer", "Reddy", "Cohen", "Levi", "Friedman", "Katz", "Yılmaz", "Kaya",
        "Demir", "Şahin", "Çelik", "Silva", "Santos", "Oliveira", "Souza", "Costa", "Pereira", "Almeida",
        "Johansson", "Andersson", "Karlsson", "Nilsson", "Hansen", "Jensen", "Larsen", "Thompson", "Thomson",
        "Catherwood", "Stevenson", "Stephenson", "Jeffries", "Geoffries", "Иванов", "Смирнова", "Παπαδόπουλος",
        "王", "李", "张", "刘", "陈", "田中", "佐藤", "김", "이", "박",
    ]

    /// Pronunciation hints for names staff often get wrong.
    public static let pronunciations: [String: String] = [
        "Siobhán": "shi-VAWN", "Aoife": "EE-fa", "Niamh": "NEEV", "Seán": "SHAWN", "Caitlin": "KATE-lin",
        "Søren": "SUR-en", "Łukasz": "WOO-kash", "Małgorzata": "mow-go-ZHA-ta", "Nguyễn": "NWIN",
        "Oluwaseun": "oh-loo-wa-SHAY-oon", "Thandiwe": "tan-DEE-way", "Anaïs": "ah-nah-EES",
        "Yekaterina": "yeh-ka-teh-REE-na", "Đorđe": "JOR-jeh", "Þóra": "THOH-ra", "Ayşe": "AI-sheh",
    ]
}
