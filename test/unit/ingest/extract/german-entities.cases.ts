/**
 * A catalogue of ways German reports name bodies and places: universities and institutes, state
 * chancelleries and ministries, executive committees, districts with their region. Every sentence
 * is invented for this table. `entities` ("Type:Name") must all be found, `absent` (entities or facts) must not be;
 * `facts` ("A PART_OF B") must all be extracted.
 */
export interface EntityCase {
  text: string;
  entities: string[];
  absent?: string[];
  facts?: string[];
}

export const germanEntities: EntityCase[] = [
  {
    text: 'Der Rektor der Universität Jena empfing eine Professorin der Staatlichen Universität Andijan.',
    entities: ['Organization:Universität Jena', 'Organization:Staatlichen Universität Andijan'],
  },
  {
    text: 'Die Technische Hochschule Wildau und das Polytechnische Institut Namangan vereinbarten einen Austausch.',
    entities: ['Organization:Technische Hochschule Wildau', 'Organization:Polytechnische Institut Namangan'],
  },
  {
    text: 'Studierende der Ernst-Moritz-Arndt-Universität Greifswald reisten nach Chiwa.',
    entities: ['Organization:Ernst-Moritz-Arndt-Universität Greifswald'],
  },
  {
    text: 'Die Kulturstiftung des Landes Brandenburg fördert das Projekt.',
    entities: ['Organization:Kulturstiftung des Landes Brandenburg'],
  },
  {
    // A plural head names bodies by kind, not one of them.
    text: 'An der Tagung nahmen Vertreter von Instituten und Universitäten Kirgisistans teil.',
    entities: ['Country:Kyrgyzstan'],
    absent: ['Organization:Instituten und Universitäten Kirgisistans', 'Organization:Universitäten Kirgisistans'],
  },
  {
    // A comma ends the name before the next item of a list.
    text: 'Die Gäste besuchten das Agrarinstitut Samarkand, Museum für Geschichte und eine Spinnerei.',
    entities: ['Organization:Agrarinstitut Samarkand'],
    absent: ['Organization:Agrarinstitut Samarkand, Museum für Geschichte'],
  },
  {
    // A bare space does not run into the name of a person.
    text: 'Die Staatssekretärin des Verkehrsministeriums Clara Vogt sprach über Logistik.',
    entities: ['Organization:Verkehrsministeriums', 'Person:Clara Vogt'],
    absent: ['Organization:Verkehrsministeriums Clara Vogt'],
  },
  {
    text: 'Ministerpräsident Jan Roth begrüßte die Gäste in der Thüringer Staatskanzlei.',
    entities: ['Organization:Thüringer Staatskanzlei'],
  },
  {
    text: 'Der stellvertretende Vorsitzende des Gebietsexekutivkomitees von Brest, Oleg Sidorow, sprach zuerst.',
    entities: ['Organization:Gebietsexekutivkomitees von Brest', 'Person:Oleg Sidorow'],
    facts: ['Oleg Sidorow HOLDS_POSITION Gebietsexekutivkomitees von Brest'],
  },
  {
    text: 'Ein Abkommen wurde zwischen dem Kreis Slonim des Gebiets Grodno und dem Kreis Asow des Gebiets Rostow unterzeichnet.',
    entities: ['Region:Slonim District', 'Region:Asow District', 'Region:Grodno Region', 'Region:Rostov Region'],
    facts: ['Slonim District PART_OF Grodno Region', 'Asow District PART_OF Rostov Region'],
  },
  {
    // "Landkreis" is the type word, not a compound whose stem is the name.
    text: 'Im Landkreis Bautzen besuchte die Delegation eine Molkerei.',
    entities: ['Region:Bautzen District'],
    absent: ['Region:Land District'],
  },
  {
    // The seat of a Land government named alone; a delegation's origin does not locate the host.
    text: 'Die Staatskanzlei lud eine Delegation aus dem Gebiet Choresm nach Erfurt ein.',
    entities: ['Organization:Staatskanzlei', 'Region:Khorezm Region'],
    absent: ['Staatskanzlei LOCATED_IN Khorezm Region'],
  },
  {
    // An adjective in a country's name takes the weak ending; the genitive country contains the region.
    text: 'Das Gebiet Omsk der Russischen Föderation und Belarus verabschiedeten einen Plan.',
    entities: ['Country:Russia', 'Region:Omsk Region'],
    facts: ['Omsk Region PART_OF Russia'],
  },
  {
    text: 'Beim Festival "Steppenklang" in Dresden spielte ein Ensemble aus Almaty.',
    entities: ['Event:Steppenklang'],
  },
  {
    // Acronyms as the parties of an agreement, one spelled out in brackets.
    text: 'Es wurde ein Vertrag zwischen KAMAZ und der MTZ (Minsker Traktorenwerk) unterzeichnet.',
    entities: ['Organization:KAMAZ', 'Organization:MTZ'],
    facts: ['KAMAZ AGREEMENT_WITH MTZ'],
  },
  {
    // "I. E." (Ihre Exzellenz) is a courtesy, not part of the name.
    text: 'Die Botschafterin der Republik Kasachstan, I. E. Dana Serikbajewa, besuchte Magdeburg.',
    entities: ['Person:Dana Serikbajewa'],
    absent: ['Person:I. E. Dana Serikbajewa'],
  },
  {
    text: 'Die Delegation besuchte die Hansestadt Wismar und das Gebiet Kaliningrad.',
    entities: ['City:Wismar', 'Region:Kaliningrad Region'],
  },
  {
    // The head of a German district.
    text: 'Der Landrat des Landkreises Bautzen, Udo Weiland, empfing die Gäste aus Belarus.',
    entities: ['Person:Udo Weiland', 'Region:Bautzen District'],
    facts: ['Udo Weiland GOVERNS Bautzen District'],
  },
];
