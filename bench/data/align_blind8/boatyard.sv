På Möja byggs det fortfarande träbåtar
Lindholms båtvarv, grundat 1911, levererar bara två båtar om året och väntelistan sträcker sig till 2029.
Karin Sjöberg
MÖJA. I båthallen är doften av tjära så stark att den sticker i ögonen.
Erik Lindholm, 63 år, stryker med handen över en ekplanka som har torkat i fyra år.
– Den här ska sitta i bordläggningen, på styrbordssidan, säger han.
Vid tiotiden kommer hans fru ner med kaffe och kanelbullar, som varje dag sedan 1987.
Erik Lindholm och sonen Anton framför ett nästan färdigt skrov.
Foto: Jonas Ek
Varvet bygger mest skärgårdsbåtar.
De är sju till nio meter långa och ritades i början av 1900-talet för att frakta mjölk och post mellan öarna.
En båt kräver omkring 4 000 arbetstimmar.
Priset börjar på 1,8 miljoner kronor.
Erik Lindholm har också restaurerat bl.a. lotsbåtar och en gammal postbåt från Vaxholm.
Köparna är mest familjer från Stockholm, men på senare år även tyskar och norrmän.
Anton Lindholm, 34 år, arbetade i tio år som ingenjör i Göteborg innan han flyttade tillbaka till ön 2019.
Nu är det han som sköter bokföringen och kundkontakterna.
– Jag trodde att jag kom hem för ett år, säger han och skrattar.
Virket kommer från Gotland, där familjen köper ekarna på rot och själva väljer ut varje träd på vintern, när saven har sjunkit undan.
Varvet har fyra båtbyggare och en lärling anställda.
I fjol omsatte det 5,2 miljoner kronor.
– En plastbåt slänger man efter trettio år, säger Erik Lindholm.
– Våra lagar man.
De håller i hundra år.
På sommaren är varvet öppet för besökare på lördagar kl. 10–14.
