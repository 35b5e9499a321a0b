/** Russian personal names back to the nominative, and their Latin form. */

/** Russian personal-name token back to the nominative: Мирзаевым → Мирзаев, Сергеем → Сергей. */
export function nominative(token: string): string {
  if (/(?:ов|ев|ин|ёв)(?:ым|а|у|е)$/.test(token)) return token.replace(/(?:ым|а|у|е)$/, '');
  if (/[аеиоуя]ем$/.test(token)) return token.replace(/ем$/, 'й');
  // A soft stem: Игорем → Игорь.
  if (/[рл]ем$/.test(token)) return token.replace(/ем$/, 'ь');
  if (/[бвгджзклмнпрстфхцчшщ]ом$/.test(token)) return fleetingVowel(token.slice(0, -2));
  if (/ой$/.test(token) && token.length > 5) return token.replace(/ой$/, 'а');
  return token;
}

/** A stem that lost its fleeting vowel in the oblique cases gets it back: Павлом, Павла → Павел. */
function fleetingVowel(stem: string): string {
  return /вл$/.test(stem) ? `${stem.slice(0, -1)}ел` : stem;
}

/** A Russian first name in the genitive back to the nominative: Вадима → Вадим, Сергея → Сергей. */
function genitiveFirstName(token: string): string {
  if (/[бвгджзклмнпрстфхцчшщ]а$/.test(token)) return fleetingVowel(token.slice(0, -1));
  if (/[аеиоуэюя]я$/.test(token)) return `${token.slice(0, -1)}й`;
  // A soft stem: Игоря → Игорь.
  if (/[рл]я$/.test(token)) return `${token.slice(0, -1)}ь`;
  return token;
}

/** A place name's case forms as a regex source, from its spelling and the spelling escaped for a regex. */
export function placeForms(variant: string, escaped: string): string {
  // Фергана → Фергане/Ферганы/Фергану; Наманган → Намангане/Наманганом.
  if (/[ая]$/.test(variant)) return `${escaped.slice(0, -1)}(?:а|я|ы|и|е|у|ю|ой|ей)`;
  // Костанай → Костанае, Гомель → Гомеле, Тверь → Твери.
  if (/[йь]$/.test(variant)) return `${escaped.slice(0, -1)}(?:й|ь|я|ю|е|и|ем|ём|ью)`;
  return `${escaped}(?:а|у|ом|е)?`;
}

/** A person's name back to the nominative: "Вадима Шумкова" → "Вадим Шумков", "Мирзаевым" → "Мирзаев". */
export function personNominative(surface: string): string {
  const words = surface.split(/\s+/);
  // A surname in the genitive ("Шумкова") puts the first name in the genitive too ("Вадима").
  const genitive = /(?:ов|ев|ёв|ин)а$/.test(words.at(-1) ?? '');
  return words
    .map((word, i) => (genitive && i < words.length - 1 ? genitiveFirstName(word) : nominative(word)))
    .join(' ');
}
