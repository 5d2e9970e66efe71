/** Invented Brazilian people and companies for the demo: word lists, nothing real. */

// biome-ignore format: a word list reads best packed
export const FIRST_NAMES = {
  female: [
    'Ana', 'Beatriz', 'Camila', 'Carolina', 'Daniela', 'Eduarda', 'Fernanda', 'Gabriela', 'Helena',
    'Isabela', 'Juliana', 'Larissa', 'Letícia', 'Luana', 'Mariana', 'Natália', 'Patrícia', 'Renata',
    'Sofia', 'Tatiane', 'Vanessa', 'Aline', 'Bruna', 'Cláudia', 'Débora', 'Elaine', 'Jéssica', 'Priscila',
  ],
  male: [
    'André', 'Bruno', 'Caio', 'Carlos', 'Daniel', 'Diego', 'Eduardo', 'Felipe', 'Gustavo', 'Henrique',
    'Igor', 'João', 'José', 'Leonardo', 'Lucas', 'Marcelo', 'Mateus', 'Paulo', 'Pedro', 'Rafael',
    'Ricardo', 'Rodrigo', 'Thiago', 'Vinícius', 'Fábio', 'Otávio', 'Sérgio', 'Wagner',
  ],
} as const;

// biome-ignore format: a word list reads best packed
export const SURNAMES = [
  'Silva', 'Santos', 'Oliveira', 'Souza', 'Rodrigues', 'Ferreira', 'Alves', 'Pereira', 'Lima',
  'Gomes', 'Costa', 'Ribeiro', 'Martins', 'Carvalho', 'Almeida', 'Lopes', 'Soares', 'Fernandes',
  'Vieira', 'Barbosa', 'Rocha', 'Dias', 'Nascimento', 'Andrade', 'Moreira', 'Nunes', 'Marques',
  'Machado', 'Mendes', 'Freitas', 'Cardoso', 'Ramos', 'Gonçalves', 'Teixeira', 'Araújo', 'Pinto',
  'Moura', 'Cavalcanti', 'Monteiro', 'Barros', 'Campos', 'Cunha', 'Rezende', 'Batista',
] as const;

/** First halves of invented company names. */
// biome-ignore format: a word list reads best packed
export const COMPANY_STEMS = [
  'Aurora', 'Horizonte', 'Ipê', 'Jacarandá', 'Cerrado', 'Atlântica', 'Serra Azul', 'Vale Verde',
  'Nova Era', 'Bandeirante', 'Pampa', 'Sertão', 'Maré', 'Capivara', 'Tucano', 'Araucária', 'Quaresma',
  'Pitanga', 'Caju', 'Jabuti', 'Guará', 'Boa Vista', 'Estrela', 'Farol', 'Ponte Alta', 'Rio Claro',
  'Cristal', 'Solar', 'Raiz', 'Trilha', 'Vértice', 'Prisma', 'Órbita', 'Alvorada', 'Canarinho',
  'Buriti', 'Mandacaru', 'Paineira', 'Itaúna', 'Piracema',
] as const;

/** Optional last words of company names. */
export const COMPANY_SUFFIXES = [
  'Brasil',
  'do Sul',
  'Paulista',
  'Mineira',
  'Nordeste',
  'Group',
  'Labs',
] as const;

/** Company segments: most are in the default playbook's ICP, some are not. */
export const SEGMENTS = {
  software: { words: ['Software', 'Sistemas', 'Digital', 'Tech'], weight: 22 },
  tecnologia: { words: ['Tecnologia', 'TI', 'Cloud'], weight: 12 },
  serviços: { words: ['Serviços', 'Consultoria', 'Soluções'], weight: 16 },
  indústria: { words: ['Indústria', 'Metalúrgica', 'Plásticos', 'Embalagens'], weight: 12 },
  varejo: { words: ['Varejo', 'Comércio', 'Magazine', 'Distribuidora'], weight: 12 },
  educação: { words: ['Educação', 'Escola', 'Cursos'], weight: 7 },
  saúde: { words: ['Saúde', 'Clínicas', 'Diagnósticos'], weight: 7 },
  agronegócio: { words: ['Agro', 'Agrícola', 'Sementes'], weight: 6 },
  logística: { words: ['Logística', 'Transportes', 'Cargas'], weight: 6 },
} as const satisfies Record<string, { words: readonly string[]; weight: number }>;

export type Segment = keyof typeof SEGMENTS;

/** States by share of leads (a B2B company selling from São Paulo), with their region. */
export const STATES = {
  SP: { weight: 34, region: 'Sudeste' },
  RJ: { weight: 9, region: 'Sudeste' },
  MG: { weight: 10, region: 'Sudeste' },
  ES: { weight: 2, region: 'Sudeste' },
  PR: { weight: 7, region: 'Sul' },
  SC: { weight: 6, region: 'Sul' },
  RS: { weight: 7, region: 'Sul' },
  BA: { weight: 5, region: 'Nordeste' },
  PE: { weight: 4, region: 'Nordeste' },
  CE: { weight: 3, region: 'Nordeste' },
  GO: { weight: 3, region: 'Centro-Oeste' },
  DF: { weight: 3, region: 'Centro-Oeste' },
  MT: { weight: 2, region: 'Centro-Oeste' },
  AM: { weight: 1, region: 'Norte' },
  PA: { weight: 2, region: 'Norte' },
} as const satisfies Record<string, { weight: number; region: string }>;

export type StateCode = keyof typeof STATES;

/** Job titles `[feminine, masculine]` by how the default playbook scores them. */
// biome-ignore format: a word list reads best packed
export const JOB_TITLES = {
  decider: [
    ['Diretora Comercial', 'Diretor Comercial'], ['Diretora de Marketing', 'Diretor de Marketing'],
    ['CEO', 'CEO'], ['Sócia-fundadora', 'Sócio-fundador'], ['Head de Vendas', 'Head de Vendas'],
    ['Head de Marketing', 'Head de Marketing'], ['Gerente Comercial', 'Gerente Comercial'],
    ['Gerente de Marketing', 'Gerente de Marketing'], ['Gerente de Operações', 'Gerente de Operações'],
    ['CFO', 'CFO'], ['CTO', 'CTO'], ['Gerente de TI', 'Gerente de TI'], ['Fundadora', 'Fundador'],
  ],
  staff: [
    ['Analista de Marketing', 'Analista de Marketing'], ['Coordenadora de Vendas', 'Coordenador de Vendas'],
    ['Analista Comercial', 'Analista Comercial'], ['Assistente Administrativa', 'Assistente Administrativo'],
    ['Coordenadora de TI', 'Coordenador de TI'], ['Especialista em Growth', 'Especialista em Growth'],
    ['Analista de CRM', 'Analista de CRM'], ['Supervisora de Atendimento', 'Supervisor de Atendimento'],
  ],
  student: [['Estudante', 'Estudante'], ['Estagiária de Marketing', 'Estagiário de Marketing']],
} as const;

/** Free-mail providers, on the reserved `.example` domain so no real mailbox is ever named. */
export const FREE_MAIL = ['gmail.example', 'hotmail.example', 'outlook.example'] as const;
