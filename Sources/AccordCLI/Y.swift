import AccordCore
