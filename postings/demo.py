"""Demo companies and job postings (loaded by ``manage.py seed_demo``)."""

# All companies except Occam AI, Vara, University of Texas at Austin and Lurra Systems
# (the featured jobs of the reference article) are fictional. Every web address uses the
# reserved .example top-level domain, so nothing points at a real site.

COMPANIES = [
    {"name": "Occam AI", "slug": "occam-ai", "website": "https://occam.example"},
    {"name": "Vara", "slug": "vara", "website": "https://vara.example"},
    {
        "name": "University of Texas at Austin",
        "slug": "university-of-texas-at-austin",
        "website": "https://utexas.example",
    },
    {"name": "Lurra Systems", "slug": "lurra-systems", "website": "https://lurra.example"},
    {
        "name": "Brightharbor Health",
        "slug": "brightharbor-health",
        "website": "https://brightharbor.example",
    },
    {
        "name": "Kestrel Payments",
        "slug": "kestrel-payments",
        "website": "https://kestrelpay.example",
    },
    {
        "name": "Tidewater Logistics",
        "slug": "tidewater-logistics",
        "website": "https://tidewater.example",
    },
    {
        "name": "Fjordline Energy",
        "slug": "fjordline-energy",
        "website": "https://fjordline.example",
    },
    {
        "name": "Alpenglow Insurance",
        "slug": "alpenglow-insurance",
        "website": "https://alpenglow.example",
    },
    {"name": "Maplestack", "slug": "maplestack", "website": "https://maplestack.example"},
    {"name": "Quillmetric", "slug": "quillmetric", "website": "https://quillmetric.example"},
    {
        "name": "Saffron Retail Group",
        "slug": "saffron-retail-group",
        "website": "https://saffronretail.example",
    },
    {"name": "Merlion Mobility", "slug": "merlion-mobility", "website": "https://merlion.example"},
    {"name": "Nordvik Games", "slug": "nordvik-games", "website": "https://nordvik.example"},
    {
        "name": "Vistula Data Labs",
        "slug": "vistula-data-labs",
        "website": "https://vistula.example",
    },
    {
        "name": "Cobalt Ridge Capital",
        "slug": "cobalt-ridge-capital",
        "website": "https://cobaltridge.example",
    },
    {"name": "Halcyon Genomics", "slug": "halcyon-genomics", "website": "https://halcyon.example"},
    {"name": "Pampas Agritech", "slug": "pampas-agritech", "website": "https://pampas.example"},
    {"name": "Redgum Analytics", "slug": "redgum-analytics", "website": "https://redgum.example"},
    {
        "name": "Kite & Key Media",
        "slug": "kite-and-key-media",
        "website": "https://kiteandkey.example",
    },
    {"name": "Solenne Energie", "slug": "solenne-energie", "website": "https://solenne.example"},
    {"name": "Basalt Robotics", "slug": "basalt-robotics", "website": "https://basalt.example"},
    {
        "name": "Emberline Security",
        "slug": "emberline-security",
        "website": "https://emberline.example",
    },
    {"name": "Marisol Travel", "slug": "marisol-travel", "website": "https://marisol.example"},
    {"name": "Kumo Freight", "slug": "kumo-freight", "website": "https://kumofreight.example"},
    {
        "name": "Harbor & Finch",
        "slug": "harbor-and-finch",
        "website": "https://harborfinch.example",
    },
    {"name": "Tessellate Labs", "slug": "tessellate-labs", "website": "https://tessellate.example"},
]

# Salaries are as posted: amounts in `currency` per `period`; None when not disclosed.
# `days_ago` is how long before the seed run the job was published.
POSTINGS = [
    {
        "external_id": "demo-001",
        "title": "Founding AI Engineer, Agents",
        "company": "occam-ai",
        "role": "machine-learning-engineer",
        "location": "New York",
        "city": "New York",
        "country": "US",
        "workplace": "onsite",
        "remote_regions": [],
        "employment_types": ["full_time"],
        "seniority": "senior",
        "salary_min": 100000,
        "salary_max": 180000,
        "currency": "USD",
        "period": "year",
        "description": (
            "Occam AI builds software agents that take over repetitive back-office work for growing companies. As a founding engineer you will work directly with the cofounders in our New York office and shape the product, the codebase and the engineering culture from the very first release.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Design and ship agent workflows that call tools, recover from errors and explain their actions\n"
            "- Build evaluation harnesses that catch regressions before customers do\n"
            "- Own features end to end, from the first customer call to production monitoring\n"
            "- Help hire and mentor the next engineers on the team\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- Five or more years building production software, ideally in Python or TypeScript\n"
            "- Hands-on experience with large language models, retrieval and tool calling\n"
            "- Comfort with ambiguity and a habit of shipping small, useful increments\n"
            "- Clear writing, since much of our design work happens in documents"
        ),
        "apply_url": "https://occam.example/careers/founding-ai-engineer-agents",
        "apply_email": "",
        "featured": True,
        "days_ago": 2,
        "status": "published",
    },
    {
        "external_id": "demo-002",
        "title": "AI Engineer Intern, Agents",
        "company": "occam-ai",
        "role": "machine-learning-engineer",
        "location": "US",
        "city": "",
        "country": "US",
        "workplace": "onsite",
        "remote_regions": [],
        "employment_types": ["internship"],
        "seniority": "entry",
        "salary_min": 60000,
        "salary_max": 96000,
        "currency": "USD",
        "period": "year",
        "description": (
            "Spend a summer at Occam AI building real features for the agents our customers rely on. Interns join the core engineering team, get a dedicated mentor and ship code to production within their first two weeks. The internship runs for twelve weeks.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Prototype new agent skills and measure how well they perform on real tasks\n"
            "- Write and maintain evaluation datasets together with your mentor\n"
            "- Improve internal tools for tracing and debugging agent runs\n"
            "- Present your project to the whole company at the end of the summer\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- Enrollment in a bachelor's or master's program in computer science or a related field\n"
            "- Solid Python skills and some experience with machine learning or LLM APIs\n"
            "- Curiosity about how agents fail and how to make them dependable\n"
            "- Authorization to work in the US for the length of the internship"
        ),
        "apply_url": "https://occam.example/careers/ai-engineer-intern-agents",
        "apply_email": "",
        "featured": True,
        "days_ago": 3,
        "status": "published",
    },
    {
        "external_id": "demo-003",
        "title": "AI Research Scientist",
        "company": "vara",
        "role": "data-scientist",
        "location": "Berlin, Germany and Remote",
        "city": "Berlin",
        "country": "DE",
        "workplace": "hybrid",
        "remote_regions": [],
        "employment_types": ["full_time"],
        "seniority": "senior",
        "salary_min": 70000,
        "salary_max": 90000,
        "currency": "EUR",
        "period": "year",
        "description": (
            "Vara's research team develops deep learning models for medical imaging and works closely with clinicians to bring them into everyday use. The role is based in Berlin with the option to work remotely for much of the week. Your focus will be turning promising research into models that hold up on real-world data.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Design and run experiments on large, carefully curated imaging datasets\n"
            "- Develop methods for robustness, calibration and uncertainty estimation\n"
            "- Work with engineers to move models from prototypes into validated products\n"
            "- Share results internally and, where appropriate, at scientific conferences\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- A PhD or equivalent research experience in machine learning or computer vision\n"
            "- A record of strong publications or research that reached production\n"
            "- Fluency in Python and PyTorch\n"
            "- Interest in healthcare and the rigor that clinical validation demands"
        ),
        "apply_url": "https://vara.example/careers/ai-research-scientist",
        "apply_email": "",
        "featured": True,
        "days_ago": 5,
        "status": "published",
    },
    {
        "external_id": "demo-004",
        "title": "Data Architect",
        "company": "university-of-texas-at-austin",
        "role": "data-architect",
        "location": "Austin, TX",
        "city": "Austin",
        "country": "US",
        "workplace": "onsite",
        "remote_regions": [],
        "employment_types": ["full_time"],
        "seniority": "mid",
        "salary_min": 120000,
        "salary_max": 138000,
        "currency": "USD",
        "period": "year",
        "description": (
            "The university's central data team is looking for a data architect to help modernize how academic and administrative data is stored, described and shared across campus. You will join a small architecture group that supports reporting for colleges, research offices and student services.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Design logical and physical models for the enterprise data warehouse\n"
            "- Define standards for data integration, naming and documentation\n"
            "- Partner with data stewards on governance, privacy and access rules\n"
            "- Review designs from data engineers and advise on trade-offs\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- Three or more years in data architecture, data engineering or database design\n"
            "- Strong SQL and dimensional modeling skills\n"
            "- Experience with cloud data platforms such as Snowflake, Azure or AWS\n"
            "- Familiarity with FERPA or similar student privacy rules is a plus"
        ),
        "apply_url": "https://utexas.example/careers/data-architect",
        "apply_email": "",
        "featured": True,
        "days_ago": 6,
        "status": "published",
    },
    {
        "external_id": "demo-005",
        "title": "Data ETL Engineer",
        "company": "university-of-texas-at-austin",
        "role": "data-engineer",
        "location": "Austin, TX",
        "city": "Austin",
        "country": "US",
        "workplace": "onsite",
        "remote_regions": [],
        "employment_types": ["full_time"],
        "seniority": "mid",
        "salary_min": 110000,
        "salary_max": 125000,
        "currency": "USD",
        "period": "year",
        "description": (
            "Join the university's data integration team and build the pipelines that feed campus reporting, from enrollment dashboards to research administration metrics. You will move data out of dozens of source systems and make it reliable, timely and well documented.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Build and maintain ETL and ELT jobs that load the enterprise data warehouse\n"
            "- Monitor pipeline runs and resolve data quality issues with source system owners\n"
            "- Automate testing and deployment of data workflows\n"
            "- Document lineage so analysts understand where every number comes from\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- Two or more years building production data pipelines\n"
            "- Strong SQL and a working knowledge of Python\n"
            "- Experience with tools such as Airflow, dbt, Informatica or Azure Data Factory\n"
            "- A patient, service-minded approach to working with many campus partners"
        ),
        "apply_url": "https://utexas.example/careers/data-etl-engineer",
        "apply_email": "",
        "featured": True,
        "days_ago": 6,
        "status": "published",
    },
    {
        "external_id": "demo-006",
        "title": "Lead GNSS Data Scientist",
        "company": "lurra-systems",
        "role": "data-scientist",
        "location": "Melbourne",
        "city": "Melbourne",
        "country": "AU",
        "workplace": "onsite",
        "remote_regions": [],
        "employment_types": ["full_time", "part_time"],
        "seniority": "mid",
        "salary_min": 70000,
        "salary_max": 120000,
        "currency": "USD",
        "period": "year",
        "description": (
            "Lurra Systems builds positioning services on top of signals from global navigation satellite systems. We are looking for a data scientist to lead our analysis of GNSS measurements and turn raw observations into accurate, trustworthy positions. The role can be full time or part time and is based in Melbourne.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Lead the modeling of satellite, atmospheric and receiver errors\n"
            "- Build tools to analyze large volumes of GNSS observations\n"
            "- Design field tests that validate positioning accuracy\n"
            "- Guide two junior data scientists and review their work\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- A degree in geodesy, physics, statistics, electrical engineering or a related field\n"
            "- Experience with GNSS data processing, Kalman filtering or estimation theory\n"
            "- Strong Python skills and comfort with numerical computing\n"
            "- The ability to explain technical results to product and business teams\n"
            "\n"
            "Send a short note and your resume to careers@lurra.example."
        ),
        "apply_url": "",
        "apply_email": "careers@lurra.example",
        "featured": True,
        "days_ago": 8,
        "status": "published",
    },
    {
        "external_id": "demo-007",
        "title": "Senior Data Scientist, Pricing",
        "company": "kestrel-payments",
        "role": "data-scientist",
        "location": "London, UK",
        "city": "London",
        "country": "GB",
        "workplace": "hybrid",
        "remote_regions": [],
        "employment_types": ["full_time"],
        "seniority": "senior",
        "salary_min": 80000,
        "salary_max": 100000,
        "currency": "GBP",
        "period": "year",
        "description": (
            "Kestrel Payments processes card and bank payments for online merchants across Europe. Our pricing team decides what thousands of merchants pay, and we want those decisions to rest on sound models rather than gut feeling. You will be the most senior data scientist on a team of five, working from our London office three days a week.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Model price elasticity and merchant churn across segments and markets\n"
            "- Design and analyze pricing experiments with the commercial team\n"
            "- Build forecasts that finance uses to plan revenue\n"
            "- Coach other data scientists on experimental design and causal inference\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- Several years of applied data science, ideally in pricing, payments or marketplaces\n"
            "- Strong statistics, including causal inference and experiment design\n"
            "- Fluent Python and SQL\n"
            "- Confidence presenting recommendations to senior leaders"
        ),
        "apply_url": "https://kestrelpay.example/careers/senior-data-scientist-pricing",
        "apply_email": "",
        "featured": False,
        "days_ago": 4,
        "status": "published",
    },
    {
        "external_id": "demo-008",
        "title": "Data Scientist, Clinical Outcomes",
        "company": "brightharbor-health",
        "role": "data-scientist",
        "location": "Boston, MA",
        "city": "Boston",
        "country": "US",
        "workplace": "hybrid",
        "remote_regions": [],
        "employment_types": ["full_time"],
        "seniority": "mid",
        "salary_min": 125000,
        "salary_max": 150000,
        "currency": "USD",
        "period": "year",
        "description": (
            "Brightharbor Health runs a network of primary care clinics in New England. Our analytics group studies which programs actually improve patient outcomes, and we need a data scientist who cares about getting those answers right. You will work with physicians, nurses and operations leaders, mostly from our Boston office.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Analyze claims and electronic health record data to measure program impact\n"
            "- Build risk models that help care teams prioritize outreach\n"
            "- Check models for bias across patient groups and document the results\n"
            "- Turn findings into clear briefs for clinical leadership\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- Two to five years of experience in data science or health services research\n"
            "- Solid command of regression, survival analysis and matching methods\n"
            "- Proficiency in Python or R, plus SQL\n"
            "- Experience with HIPAA-protected data is strongly preferred"
        ),
        "apply_url": "https://brightharbor.example/careers/data-scientist-clinical-outcomes",
        "apply_email": "",
        "featured": False,
        "days_ago": 9,
        "status": "published",
    },
    {
        "external_id": "demo-009",
        "title": "Junior Data Scientist",
        "company": "saffron-retail-group",
        "role": "data-scientist",
        "location": "Bengaluru, India",
        "city": "Bengaluru",
        "country": "IN",
        "workplace": "onsite",
        "remote_regions": [],
        "employment_types": ["full_time"],
        "seniority": "entry",
        "salary_min": 1200000,
        "salary_max": 1800000,
        "currency": "INR",
        "period": "year",
        "description": (
            "Saffron Retail Group operates supermarkets and an online grocery service in more than forty Indian cities. Our central data science team is hiring a junior data scientist to support merchandising and store operations. You will learn from experienced colleagues while owning well-scoped projects from the start.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Clean and explore sales, inventory and loyalty program data\n"
            "- Build baseline forecasting and segmentation models\n"
            "- Create dashboards that store managers can read at a glance\n"
            "- Document your analysis so others can reproduce it\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- A degree in statistics, mathematics, computer science or economics\n"
            "- Working knowledge of Python or R and SQL\n"
            "- Internship or project experience with real datasets\n"
            "- Eagerness to learn and to ask questions early"
        ),
        "apply_url": "https://saffronretail.example/careers/junior-data-scientist",
        "apply_email": "",
        "featured": False,
        "days_ago": 12,
        "status": "published",
    },
    {
        "external_id": "demo-010",
        "title": "Data Scientist - Experimentation",
        "company": "quillmetric",
        "role": "data-scientist",
        "location": "Remote - US or Canada",
        "city": "",
        "country": "US",
        "workplace": "remote",
        "remote_regions": ["US", "CA"],
        "employment_types": ["full_time"],
        "seniority": "mid",
        "salary_min": 130000,
        "salary_max": 160000,
        "currency": "USD",
        "period": "year",
        "description": (
            "Quillmetric makes survey and feedback software used by product teams at thousands of companies. We run hundreds of experiments a year and want a data scientist to make our experimentation platform faster, more trustworthy and easier to use. The team is fully remote across the US and Canada.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Improve the statistical methods behind our experimentation platform\n"
            "- Partner with product managers to design tests and interpret results\n"
            "- Develop metrics that reflect long-term customer value\n"
            "- Write internal guides that raise the bar for experiment quality\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- Three or more years working on A/B testing or online experimentation\n"
            "- Deep understanding of variance reduction, sequential testing and power analysis\n"
            "- Strong SQL and Python\n"
            "- Experience working on a distributed team across time zones\n"
            "\n"
            "Learn how we work on our [engineering blog](https://quillmetric.example/blog)."
        ),
        "apply_url": "https://quillmetric.example/careers/data-scientist-experimentation",
        "apply_email": "",
        "featured": True,
        "days_ago": 3,
        "status": "published",
    },
    {
        "external_id": "demo-011",
        "title": "Data Scientist, Demand Forecasting",
        "company": "tidewater-logistics",
        "role": "data-scientist",
        "location": "Rotterdam, Netherlands",
        "city": "Rotterdam",
        "country": "NL",
        "workplace": "hybrid",
        "remote_regions": [],
        "employment_types": ["full_time"],
        "seniority": "mid",
        "salary_min": 60000,
        "salary_max": 78000,
        "currency": "EUR",
        "period": "year",
        "description": (
            "Tidewater Logistics runs warehouses and freight services for retailers across the Benelux. Accurate demand forecasts decide how many people we schedule and how much space we reserve, so this role has a direct effect on daily operations. You will join a forecasting team of four in Rotterdam.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Build and maintain forecasts for order volumes at warehouse and client level\n"
            "- Add promotions, holidays and weather signals to existing models\n"
            "- Measure forecast accuracy and explain misses to operations managers\n"
            "- Move notebooks into scheduled, tested production jobs\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- Experience with time series forecasting in a business setting\n"
            "- Good Python skills, including pandas and a forecasting library\n"
            "- Comfort working with messy operational data\n"
            "- Good spoken and written English; Dutch is helpful but not required"
        ),
        "apply_url": "https://tidewater.example/careers/data-scientist-demand-forecasting",
        "apply_email": "",
        "featured": False,
        "days_ago": 7,
        "status": "published",
    },
    {
        "external_id": "demo-012",
        "title": "Freelance Data Scientist, Churn Modeling",
        "company": "harbor-and-finch",
        "role": "data-scientist",
        "location": "Remote - UK and Ireland",
        "city": "",
        "country": "GB",
        "workplace": "remote",
        "remote_regions": ["GB", "IE"],
        "employment_types": ["contract", "temporary"],
        "seniority": "senior",
        "salary_min": 500,
        "salary_max": 650,
        "currency": "GBP",
        "period": "day",
        "description": (
            "Harbor & Finch is a subscription retailer for home and garden goods. We need an experienced freelance data scientist for a four-month engagement to rebuild our customer churn model and hand it over to the in-house team. The work is remote, with an optional visit to our Manchester office.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Audit the current churn model and the data that feeds it\n"
            "- Build and validate a new model with clear, explainable drivers\n"
            "- Set up monitoring so the team can spot drift after you leave\n"
            "- Run handover sessions and leave thorough documentation\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- Five or more years of hands-on data science, including churn or retention work\n"
            "- Strong Python and SQL\n"
            "- Experience handing work over to permanent teams\n"
            "- Availability to start within a month"
        ),
        "apply_url": "",
        "apply_email": "contractors@harborfinch.example",
        "featured": False,
        "days_ago": 11,
        "status": "published",
    },
    {
        "external_id": "demo-013",
        "title": "Director of Data Science",
        "company": "cobalt-ridge-capital",
        "role": "data-scientist",
        "location": "New York, NY",
        "city": "New York",
        "country": "US",
        "workplace": "onsite",
        "remote_regions": [],
        "employment_types": ["full_time"],
        "seniority": "executive",
        "salary_min": 240000,
        "salary_max": 300000,
        "currency": "USD",
        "period": "year",
        "description": (
            "Cobalt Ridge Capital is a mid-sized asset manager with a growing systematic investing business. We are looking for a director to lead a data science group of twelve that builds signals, risk models and research tooling for our portfolio managers. The role reports to the chief investment officer.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Set the research agenda and priorities for the data science group\n"
            "- Hire, develop and retain a high-performing team\n"
            "- Review models for soundness before they influence investment decisions\n"
            "- Represent data science in investment and risk committees\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- Ten or more years of quantitative research, including several years leading teams\n"
            "- Deep expertise in statistics and machine learning for financial data\n"
            "- Experience with alternative data and model governance\n"
            "- Judgment and communication skills that earn the trust of senior investors"
        ),
        "apply_url": "https://cobaltridge.example/careers/director-of-data-science",
        "apply_email": "",
        "featured": False,
        "days_ago": 14,
        "status": "published",
    },
    {
        "external_id": "demo-014",
        "title": "Data Science Intern, Summer",
        "company": "alpenglow-insurance",
        "role": "data-scientist",
        "location": "Zurich, Switzerland",
        "city": "Zurich",
        "country": "CH",
        "workplace": "onsite",
        "remote_regions": [],
        "employment_types": ["internship"],
        "seniority": "entry",
        "salary_min": 3000,
        "salary_max": 3500,
        "currency": "CHF",
        "period": "month",
        "description": (
            "Alpenglow Insurance offers property and life insurance in Switzerland and Austria. Each summer our analytics department hosts a small group of interns who work on real questions from underwriting and claims. This six-month internship is based at our Zurich headquarters.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Explore claims data to find patterns that help underwriters price risk\n"
            "- Build a prototype model and compare it with the current approach\n"
            "- Present your findings to the analytics leadership team\n"
            "- Take part in training sessions on actuarial and data science topics\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- Current enrollment in a master's program in statistics, data science or a related field\n"
            "- Solid Python or R skills\n"
            "- Interest in insurance and risk\n"
            "- Fluent English; German is an advantage"
        ),
        "apply_url": "https://alpenglow.example/careers/data-science-intern-summer",
        "apply_email": "",
        "featured": False,
        "days_ago": 10,
        "status": "published",
    },
    {
        "external_id": "demo-015",
        "title": "Data Scientist, Energy Trading",
        "company": "fjordline-energy",
        "role": "data-scientist",
        "location": "Oslo, Norway",
        "city": "Oslo",
        "country": "NO",
        "workplace": "hybrid",
        "remote_regions": [],
        "employment_types": ["full_time"],
        "seniority": "mid",
        "salary_min": 750000,
        "salary_max": 900000,
        "currency": "NOK",
        "period": "year",
        "description": (
            "Fjordline Energy produces and trades hydropower in the Nordic market. Our trading desk relies on forecasts of prices, inflows and demand, and we want to improve them with better data and modern methods. You will sit with traders in Oslo and see your work used the same day.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Develop short-term forecasts for power prices and reservoir inflows\n"
            "- Combine weather, market and production data into reliable features\n"
            "- Backtest trading signals together with the desk\n"
            "- Keep models running smoothly in our production environment\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- A master's degree or PhD in a quantitative field\n"
            "- Experience with time series, probabilistic forecasting or energy markets\n"
            "- Strong Python skills\n"
            "- Fluency in English; a Scandinavian language is a plus"
        ),
        "apply_url": "https://fjordline.example/careers/data-scientist-energy-trading",
        "apply_email": "",
        "featured": False,
        "days_ago": 16,
        "status": "published",
    },
    {
        "external_id": "demo-016",
        "title": "Senior Data Scientist, Player Insights",
        "company": "nordvik-games",
        "role": "data-scientist",
        "location": "Stockholm, Sweden",
        "city": "Stockholm",
        "country": "SE",
        "workplace": "hybrid",
        "remote_regions": [],
        "employment_types": ["full_time"],
        "seniority": "senior",
        "salary_min": 720000,
        "salary_max": 900000,
        "currency": "SEK",
        "period": "year",
        "description": (
            "Nordvik Games makes cozy strategy games played by millions of people on mobile and PC. The player insights team helps designers understand what players enjoy, where they get stuck and why they come back. We are hiring a senior data scientist to lead our work on player progression and retention.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Analyze gameplay telemetry to find friction in progression and onboarding\n"
            "- Design in-game experiments with designers and producers\n"
            "- Build segmentation models that describe how different players engage\n"
            "- Mentor analysts and data scientists across two game teams\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- Five or more years of experience in data science, ideally in games or consumer apps\n"
            "- Excellent SQL and Python\n"
            "- Experience running experiments in a live product\n"
            "- A genuine interest in games and the people who play them"
        ),
        "apply_url": "https://nordvik.example/careers/senior-data-scientist-player-insights",
        "apply_email": "",
        "featured": False,
        "days_ago": 5,
        "status": "published",
    },
    {
        "external_id": "demo-017",
        "title": "Data Scientist (Contract), Marketing Mix Modeling",
        "company": "kite-and-key-media",
        "role": "data-scientist",
        "location": "Remote - US",
        "city": "",
        "country": "US",
        "workplace": "remote",
        "remote_regions": ["US"],
        "employment_types": ["contract"],
        "seniority": "senior",
        "salary_min": 95,
        "salary_max": 130,
        "currency": "USD",
        "period": "hour",
        "description": (
            "Kite & Key Media publishes podcasts and newsletters with a combined audience of several million. We spend heavily on audio, social and search advertising and need a contractor to build a marketing mix model that tells us which channels work. The contract runs six months, remote within the US.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Assemble spend, impression and subscription data from a dozen sources\n"
            "- Build a Bayesian marketing mix model and validate it against holdout tests\n"
            "- Deliver budget scenarios the marketing team can explore on their own\n"
            "- Document assumptions and limitations in plain language\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- Hands-on experience building marketing mix models in production\n"
            "- Proficiency with Python and a probabilistic programming library\n"
            "- Familiarity with incrementality testing\n"
            "- Availability for at least 30 hours a week"
        ),
        "apply_url": "https://kiteandkey.example/careers/data-scientist-contract-marketing-mix-modeling",
        "apply_email": "",
        "featured": False,
        "days_ago": 2,
        "status": "published",
    },
    {
        "external_id": "demo-018",
        "title": "Data Scientist, Fraud Detection",
        "company": "emberline-security",
        "role": "data-scientist",
        "location": "Dublin, Ireland",
        "city": "Dublin",
        "country": "IE",
        "workplace": "hybrid",
        "remote_regions": [],
        "employment_types": ["full_time"],
        "seniority": "mid",
        "salary_min": None,
        "salary_max": None,
        "currency": None,
        "period": "year",
        "description": (
            "Emberline Security protects online stores from account takeover and payment fraud. Our models score millions of events a day, and fraud patterns change every week. We are looking for a data scientist who enjoys an adversarial problem and wants to see their models make a measurable difference.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Investigate new fraud patterns together with our analyst team\n"
            "- Engineer features from device, network and behavior signals\n"
            "- Train, evaluate and ship detection models with the engineering team\n"
            "- Measure the cost of false positives for customers and tune thresholds\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- Two or more years of experience in data science, ideally in fraud or risk\n"
            "- Strong Python and SQL\n"
            "- Experience with gradient boosting and imbalanced classification\n"
            "- A skeptical, detail-oriented approach to evaluation"
        ),
        "apply_url": "https://emberline.example/careers/data-scientist-fraud-detection",
        "apply_email": "",
        "featured": False,
        "days_ago": 18,
        "status": "published",
    },
    {
        "external_id": "demo-019",
        "title": "Machine Learning Engineer - Recommendations",
        "company": "nordvik-games",
        "role": "machine-learning-engineer",
        "location": "Stockholm, Sweden",
        "city": "Stockholm",
        "country": "SE",
        "workplace": "hybrid",
        "remote_regions": [],
        "employment_types": ["full_time"],
        "seniority": "mid",
        "salary_min": 650000,
        "salary_max": 800000,
        "currency": "SEK",
        "period": "year",
        "description": (
            "The Nordvik Games store recommends items, events and new games to players in real time. We are rebuilding our recommender on a modern feature store and need a machine learning engineer to help us get there. You will work with data scientists, backend engineers and the store team.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Build candidate generation and ranking models for the in-game store\n"
            "- Develop real-time features and keep them consistent with training data\n"
            "- Run online experiments and analyze their results with data scientists\n"
            "- Improve latency and reliability of the serving path\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- Three or more years building machine learning systems in production\n"
            "- Experience with recommender systems or search ranking\n"
            "- Solid Python skills and experience with a JVM language or Go\n"
            "- Understanding of experiment design and offline evaluation"
        ),
        "apply_url": "https://nordvik.example/careers/machine-learning-engineer-recommendations",
        "apply_email": "",
        "featured": True,
        "days_ago": 4,
        "status": "published",
    },
    {
        "external_id": "demo-020",
        "title": "Senior Machine Learning Engineer, Search Ranking",
        "company": "marisol-travel",
        "role": "machine-learning-engineer",
        "location": "Barcelona, Spain",
        "city": "Barcelona",
        "country": "ES",
        "workplace": "hybrid",
        "remote_regions": [],
        "employment_types": ["full_time"],
        "seniority": "senior",
        "salary_min": 65000,
        "salary_max": 85000,
        "currency": "EUR",
        "period": "year",
        "description": (
            "Marisol Travel helps people book vacation rentals and small hotels around the Mediterranean. When someone searches for a beach apartment in August, our ranking decides what they see first. We are hiring a senior machine learning engineer to lead improvements to that ranking from our Barcelona office.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Improve learning-to-rank models for search results and listing pages\n"
            "- Own the feature pipeline from raw events to training data\n"
            "- Plan and evaluate online experiments with product managers\n"
            "- Mentor engineers and review designs across the search team\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- Five or more years of software engineering, including machine learning in production\n"
            "- Hands-on experience with learning-to-rank or recommender systems\n"
            "- Strong Python and experience with Spark or a similar engine\n"
            "- Clear communication in English; Spanish is a plus"
        ),
        "apply_url": "https://marisol.example/careers/senior-machine-learning-engineer-search-ranking",
        "apply_email": "",
        "featured": False,
        "days_ago": 9,
        "status": "published",
    },
    {
        "external_id": "demo-021",
        "title": "Machine Learning Engineer, Computer Vision",
        "company": "basalt-robotics",
        "role": "machine-learning-engineer",
        "location": "Munich, Germany",
        "city": "Munich",
        "country": "DE",
        "workplace": "onsite",
        "remote_regions": [],
        "employment_types": ["full_time"],
        "seniority": "mid",
        "salary_min": 70000,
        "salary_max": 88000,
        "currency": "EUR",
        "period": "year",
        "description": (
            "Basalt Robotics builds autonomous inspection robots for bridges, tunnels and industrial plants. Our perception models must spot cracks, corrosion and leaks reliably in poor light and bad weather. You will work in our Munich lab alongside hardware and field engineers.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Train and evaluate detection and segmentation models on inspection imagery\n"
            "- Optimize models to run on embedded GPUs aboard the robots\n"
            "- Build tools for labeling, dataset versioning and error analysis\n"
            "- Join field tests to see how models behave on site\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- Two or more years working on computer vision models\n"
            "- Experience with PyTorch and model optimization tools such as TensorRT or ONNX\n"
            "- Solid software engineering habits in Python and some C++\n"
            "- Willingness to travel occasionally to customer sites"
        ),
        "apply_url": "https://basalt.example/careers/machine-learning-engineer-computer-vision",
        "apply_email": "",
        "featured": False,
        "days_ago": 13,
        "status": "published",
    },
    {
        "external_id": "demo-022",
        "title": "Machine Learning Engineer, Fraud",
        "company": "kestrel-payments",
        "role": "machine-learning-engineer",
        "location": "London, UK",
        "city": "London",
        "country": "GB",
        "workplace": "hybrid",
        "remote_regions": [],
        "employment_types": ["full_time"],
        "seniority": "mid",
        "salary_min": 70000,
        "salary_max": 90000,
        "currency": "GBP",
        "period": "year",
        "description": (
            "Every payment that goes through Kestrel is scored by our fraud models in a few milliseconds. We are hiring a machine learning engineer to make those models faster to retrain, easier to monitor and harder to fool. You will join the risk engineering team in London.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Build and maintain training pipelines for real-time fraud models\n"
            "- Ship model updates safely with shadow testing and gradual rollouts\n"
            "- Add monitoring for drift, latency and decision quality\n"
            "- Work with data scientists to turn research into production features\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- Three or more years of backend or machine learning engineering\n"
            "- Strong Python and experience with low-latency services\n"
            "- Familiarity with feature stores and streaming data\n"
            "- An interest in payments and financial crime"
        ),
        "apply_url": "https://kestrelpay.example/careers/machine-learning-engineer-fraud",
        "apply_email": "",
        "featured": False,
        "days_ago": 1,
        "status": "published",
    },
    {
        "external_id": "demo-023",
        "title": "ML Engineer, Forecasting",
        "company": "merlion-mobility",
        "role": "machine-learning-engineer",
        "location": "Singapore",
        "city": "Singapore",
        "country": "SG",
        "workplace": "hybrid",
        "remote_regions": [],
        "employment_types": ["full_time"],
        "seniority": "mid",
        "salary_min": 8000,
        "salary_max": 11000,
        "currency": "SGD",
        "period": "month",
        "description": (
            "Merlion Mobility runs ride-hailing and delivery services in Singapore and Malaysia. Predicting where demand will appear in the next thirty minutes helps us position drivers and keep wait times short. You will build and run the models behind those predictions.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Develop spatiotemporal demand forecasting models\n"
            "- Productionize models with reliable batch and streaming pipelines\n"
            "- Measure the business impact of forecasts on wait times and driver earnings\n"
            "- Collaborate with operations teams in both countries\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- Experience building and deploying machine learning models\n"
            "- Good knowledge of time series or spatial modeling\n"
            "- Proficiency in Python and SQL, with some exposure to Kubernetes\n"
            "- A practical, results-focused mindset"
        ),
        "apply_url": "https://merlion.example/careers/ml-engineer-forecasting",
        "apply_email": "",
        "featured": False,
        "days_ago": 6,
        "status": "published",
    },
    {
        "external_id": "demo-024",
        "title": "Machine Learning Engineer, NLP",
        "company": "tessellate-labs",
        "role": "machine-learning-engineer",
        "location": "Remote",
        "city": "",
        "country": "",
        "workplace": "remote",
        "remote_regions": [],
        "employment_types": ["full_time"],
        "seniority": "senior",
        "salary_min": 150000,
        "salary_max": 190000,
        "currency": "USD",
        "period": "year",
        "description": (
            "Tessellate Labs builds document understanding tools for legal and compliance teams. Our product reads contracts, finds the clauses that matter and flags risks. We are a remote-first company with teammates in eleven countries, and we hire wherever you live.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Fine-tune and evaluate language models for extraction and classification\n"
            "- Build retrieval pipelines over long, messy documents\n"
            "- Design evaluation sets with our in-house legal experts\n"
            "- Keep inference costs and latency under control as usage grows\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- Five or more years of experience, including production NLP work\n"
            "- Deep familiarity with transformers and modern fine-tuning methods\n"
            "- Strong Python and solid engineering practices\n"
            "- Comfort with asynchronous, written collaboration"
        ),
        "apply_url": "https://tessellate.example/careers/machine-learning-engineer-nlp",
        "apply_email": "",
        "featured": False,
        "days_ago": 8,
        "status": "published",
    },
    {
        "external_id": "demo-025",
        "title": "Machine Learning Engineer (Contract)",
        "company": "maplestack",
        "role": "machine-learning-engineer",
        "location": "Remote - Canada",
        "city": "",
        "country": "CA",
        "workplace": "remote",
        "remote_regions": ["CA"],
        "employment_types": ["contract"],
        "seniority": "senior",
        "salary_min": 90,
        "salary_max": 120,
        "currency": "CAD",
        "period": "hour",
        "description": (
            "Maplestack makes accounting software for small businesses across Canada. We are adding automatic categorization of bank transactions and need a contract machine learning engineer for roughly five months to help us launch it. The work is remote for anyone based in Canada.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Build a transaction categorization model using labeled historical data\n"
            "- Set up training and batch scoring pipelines on our cloud platform\n"
            "- Work with the product team to design feedback loops from user corrections\n"
            "- Hand over the system with documentation and runbooks\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- Five or more years of machine learning engineering experience\n"
            "- Experience with text classification on short, noisy inputs\n"
            "- Strong Python and experience with AWS\n"
            "- Ability to invoice as an independent contractor in Canada"
        ),
        "apply_url": "https://maplestack.example/careers/machine-learning-engineer-contract",
        "apply_email": "",
        "featured": False,
        "days_ago": 15,
        "status": "published",
    },
    {
        "external_id": "demo-026",
        "title": "Machine Learning Engineer, Medical Imaging",
        "company": "halcyon-genomics",
        "role": "machine-learning-engineer",
        "location": "Cambridge, UK",
        "city": "Cambridge",
        "country": "GB",
        "workplace": "onsite",
        "remote_regions": [],
        "employment_types": ["full_time"],
        "seniority": "mid",
        "salary_min": 60000,
        "salary_max": 78000,
        "currency": "GBP",
        "period": "year",
        "description": (
            "Halcyon Genomics combines tissue imaging and sequencing data to help researchers understand how tumors respond to treatment. Our Cambridge lab produces terabytes of microscopy images each month. We are looking for a machine learning engineer to build the models and pipelines that make sense of them.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Train segmentation and classification models on whole-slide images\n"
            "- Scale training and inference across our GPU cluster\n"
            "- Work with biologists to define labels and validate results\n"
            "- Maintain clean, tested and reproducible code\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- Two or more years of machine learning engineering or applied research\n"
            "- Experience with large image datasets, ideally in microscopy or pathology\n"
            "- Proficiency with PyTorch and distributed training\n"
            "- Interest in biology and patience with scientific uncertainty"
        ),
        "apply_url": "https://halcyon.example/careers/machine-learning-engineer-medical-imaging",
        "apply_email": "",
        "featured": False,
        "days_ago": 19,
        "status": "published",
    },
    {
        "external_id": "demo-027",
        "title": "Machine Learning Engineer Intern",
        "company": "vistula-data-labs",
        "role": "machine-learning-engineer",
        "location": "Warsaw, Poland",
        "city": "Warsaw",
        "country": "PL",
        "workplace": "hybrid",
        "remote_regions": [],
        "employment_types": ["internship"],
        "seniority": "entry",
        "salary_min": 6000,
        "salary_max": 8000,
        "currency": "PLN",
        "period": "month",
        "description": (
            "Vistula Data Labs is a consultancy that builds data and machine learning systems for banks, retailers and manufacturers. Our paid internship gives students three months of real project work in a small team, with a mentor and plenty of code review. The program is based in Warsaw with two office days a week.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Help build and test models for a client project\n"
            "- Write data preparation and evaluation code in Python\n"
            "- Learn how we package and deploy models with Docker and CI\n"
            "- Present a short demo of your work to the team\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- Current studies in computer science, mathematics or a related field\n"
            "- Basic knowledge of machine learning and Python\n"
            "- Familiarity with Git\n"
            "- Good English and a willingness to learn quickly"
        ),
        "apply_url": "https://vistula.example/careers/machine-learning-engineer-intern",
        "apply_email": "",
        "featured": False,
        "days_ago": 7,
        "status": "published",
    },
    {
        "external_id": "demo-028",
        "title": "Senior Machine Learning Engineer, Personalization",
        "company": "saffron-retail-group",
        "role": "machine-learning-engineer",
        "location": "Bengaluru, India",
        "city": "Bengaluru",
        "country": "IN",
        "workplace": "hybrid",
        "remote_regions": [],
        "employment_types": ["full_time"],
        "seniority": "senior",
        "salary_min": 3500000,
        "salary_max": 5000000,
        "currency": "INR",
        "period": "year",
        "description": (
            "Saffron Retail Group's online grocery app serves millions of orders a month. The personalization team decides which products, offers and recipes each customer sees. We want a senior machine learning engineer to take our models from daily batch updates to real-time serving.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Design the architecture for real-time personalization\n"
            "- Build ranking models that balance relevance, margin and availability\n"
            "- Establish model monitoring and alerting\n"
            "- Mentor engineers and set code quality standards for the team\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- Six or more years of engineering experience, with at least three in machine learning\n"
            "- Experience serving models at high traffic\n"
            "- Strong Python and either Java or Go\n"
            "- Experience with Kafka, Redis or similar streaming and caching tools"
        ),
        "apply_url": "https://saffronretail.example/careers/senior-machine-learning-engineer-personalization",
        "apply_email": "",
        "featured": False,
        "days_ago": 11,
        "status": "published",
    },
    {
        "external_id": "demo-029",
        "title": "Machine Learning Engineer, Ads Quality",
        "company": "redgum-analytics",
        "role": "machine-learning-engineer",
        "location": "Sydney, Australia",
        "city": "Sydney",
        "country": "AU",
        "workplace": "hybrid",
        "remote_regions": [],
        "employment_types": ["full_time"],
        "seniority": "mid",
        "salary_min": 140000,
        "salary_max": 170000,
        "currency": "AUD",
        "period": "year",
        "description": (
            "Redgum Analytics runs an advertising platform for Australian and New Zealand publishers. Our ads quality team builds the models that predict clicks and conversions and keep low-quality ads off our partners' sites. You will join the team in our Sydney office.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Improve click and conversion prediction models\n"
            "- Build classifiers that detect misleading or policy-breaking ads\n"
            "- Run offline and online evaluations of model changes\n"
            "- Improve training pipelines for speed and reproducibility\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- Three or more years building production machine learning systems\n"
            "- Experience with large-scale classification and calibration\n"
            "- Strong Python and SQL\n"
            "- Working rights in Australia"
        ),
        "apply_url": "https://redgum.example/careers/machine-learning-engineer-ads-quality",
        "apply_email": "",
        "featured": False,
        "days_ago": 17,
        "status": "published",
    },
    {
        "external_id": "demo-030",
        "title": "Applied Machine Learning Engineer",
        "company": "alpenglow-insurance",
        "role": "machine-learning-engineer",
        "location": "Zurich, Switzerland",
        "city": "Zurich",
        "country": "CH",
        "workplace": "hybrid",
        "remote_regions": [],
        "employment_types": ["full_time"],
        "seniority": "senior",
        "salary_min": 140000,
        "salary_max": 175000,
        "currency": "CHF",
        "period": "year",
        "description": (
            "Alpenglow Insurance is automating parts of its claims process so customers get paid faster. We are looking for an applied machine learning engineer to build models that read claim documents, estimate damage and route cases to the right handler. You will work from Zurich with a hybrid schedule.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Build document and image models for claims triage\n"
            "- Deploy models on our internal platform with strict audit requirements\n"
            "- Work with claims experts to define labels and review errors\n"
            "- Contribute to our responsible AI guidelines\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- Five or more years of experience building machine learning products\n"
            "- Experience with document AI or computer vision\n"
            "- Strong Python and experience with MLflow or a similar tool\n"
            "- Fluent English; German is an advantage"
        ),
        "apply_url": "https://alpenglow.example/careers/applied-machine-learning-engineer",
        "apply_email": "",
        "featured": False,
        "days_ago": 20,
        "status": "published",
    },
    {
        "external_id": "demo-031",
        "title": "Machine Learning Engineer, Route Optimization",
        "company": "kumo-freight",
        "role": "machine-learning-engineer",
        "location": "Tokyo, Japan",
        "city": "Tokyo",
        "country": "JP",
        "workplace": "hybrid",
        "remote_regions": [],
        "employment_types": ["full_time"],
        "seniority": "mid",
        "salary_min": None,
        "salary_max": None,
        "currency": None,
        "period": "year",
        "description": (
            "Kumo Freight coordinates truck and rail shipments for manufacturers across Japan. We combine machine learning with classic optimization to plan routes and predict delays. We are hiring a machine learning engineer to join our planning team in Tokyo.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Build models that predict travel times and delivery delays\n"
            "- Integrate predictions into our route optimization engine\n"
            "- Analyze planning errors with dispatchers and feed lessons back into models\n"
            "- Maintain training and deployment pipelines\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- Experience deploying machine learning models in production\n"
            "- Familiarity with operations research or optimization solvers\n"
            "- Strong Python skills\n"
            "- Business-level English; Japanese is a plus"
        ),
        "apply_url": "https://kumofreight.example/careers/machine-learning-engineer-route-optimization",
        "apply_email": "",
        "featured": False,
        "days_ago": 22,
        "status": "published",
    },
    {
        "external_id": "demo-032",
        "title": "Senior Data Engineer, Streaming",
        "company": "kestrel-payments",
        "role": "data-engineer",
        "location": "London, UK",
        "city": "London",
        "country": "GB",
        "workplace": "hybrid",
        "remote_regions": [],
        "employment_types": ["full_time"],
        "seniority": "senior",
        "salary_min": 85000,
        "salary_max": 105000,
        "currency": "GBP",
        "period": "year",
        "description": (
            "Kestrel Payments moves every payment event through a streaming platform that feeds fraud checks, merchant dashboards and finance. We are hiring a senior data engineer to make that platform faster, cheaper and easier for other teams to build on. The role is hybrid, with three days a week in our London office.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Design and operate Kafka and Flink pipelines that handle billions of events a day\n"
            "- Define schemas and data contracts with producing teams\n"
            "- Improve observability so incidents are caught in minutes, not hours\n"
            "- Lead technical design reviews and mentor other engineers\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- Six or more years of data or backend engineering\n"
            "- Deep experience with Kafka and a stream processing framework\n"
            "- Strong skills in Java, Scala or Python\n"
            "- Experience working in a regulated environment"
        ),
        "apply_url": "https://kestrelpay.example/careers/senior-data-engineer-streaming",
        "apply_email": "",
        "featured": True,
        "days_ago": 1,
        "status": "published",
    },
    {
        "external_id": "demo-033",
        "title": "Data Engineer",
        "company": "tidewater-logistics",
        "role": "data-engineer",
        "location": "Rotterdam, Netherlands",
        "city": "Rotterdam",
        "country": "NL",
        "workplace": "hybrid",
        "remote_regions": [],
        "employment_types": ["full_time"],
        "seniority": "mid",
        "salary_min": 58000,
        "salary_max": 75000,
        "currency": "EUR",
        "period": "year",
        "description": (
            "Tidewater Logistics is moving its reporting from a legacy warehouse to a modern cloud platform. We need a data engineer to help build the new pipelines and make sure planners, finance and customers get numbers they can trust. You will join a team of six in Rotterdam.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Build ingestion pipelines from warehouse management and transport systems\n"
            "- Model data in dbt for reporting and forecasting\n"
            "- Set up data quality checks and alerting\n"
            "- Help retire the old warehouse without disrupting users\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- Two or more years of data engineering experience\n"
            "- Strong SQL and good Python\n"
            "- Experience with dbt and a cloud warehouse such as Snowflake or BigQuery\n"
            "- Right to work in the Netherlands"
        ),
        "apply_url": "https://tidewater.example/careers/data-engineer",
        "apply_email": "",
        "featured": False,
        "days_ago": 10,
        "status": "published",
    },
    {
        "external_id": "demo-034",
        "title": "Data Engineer, Platform",
        "company": "quillmetric",
        "role": "data-engineer",
        "location": "Remote - US or Canada",
        "city": "",
        "country": "US",
        "workplace": "remote",
        "remote_regions": ["US", "CA"],
        "employment_types": ["full_time"],
        "seniority": "senior",
        "salary_min": 140000,
        "salary_max": 170000,
        "currency": "USD",
        "period": "year",
        "description": (
            "Quillmetric's data platform team maintains the lakehouse, orchestration and tooling that every analyst and data scientist at the company uses. We are looking for a senior data engineer who enjoys building tools for other engineers. The team works remotely across North America.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Maintain and extend our lakehouse on object storage and Spark\n"
            "- Improve orchestration, testing and deployment for data pipelines\n"
            "- Build self-service tools that let analysts publish trusted datasets\n"
            "- Keep storage and compute costs in check\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- Five or more years of data engineering experience\n"
            "- Strong Python and SQL, with experience in Spark\n"
            "- Experience with Airflow, Dagster or a similar orchestrator\n"
            "- A product mindset toward internal users"
        ),
        "apply_url": "https://quillmetric.example/careers/data-engineer-platform",
        "apply_email": "",
        "featured": False,
        "days_ago": 5,
        "status": "published",
    },
    {
        "external_id": "demo-035",
        "title": "Data Engineer (Contract)",
        "company": "solenne-energie",
        "role": "data-engineer",
        "location": "Remote - EU",
        "city": "",
        "country": "FR",
        "workplace": "remote",
        "remote_regions": ["DE", "FR", "NL", "ES"],
        "employment_types": ["contract"],
        "seniority": "senior",
        "salary_min": 550,
        "salary_max": 700,
        "currency": "EUR",
        "period": "day",
        "description": (
            "Solenne Energie supplies renewable electricity and gas to households in France and its neighbors. We are migrating our customer and metering data to a new platform and need an experienced contract data engineer for six months. You can work remotely from Germany, France, the Netherlands or Spain.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Migrate batch pipelines from on-premises jobs to the cloud\n"
            "- Build ingestion for smart meter readings at fifteen-minute intervals\n"
            "- Validate migrated data against the legacy system\n"
            "- Document the new pipelines for the permanent team\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- Several years of data engineering, ideally including a migration project\n"
            "- Strong Python and SQL, with experience in Spark or Databricks\n"
            "- Experience with Azure or AWS\n"
            "- Good English; French is helpful"
        ),
        "apply_url": "https://solenne.example/careers/data-engineer-contract",
        "apply_email": "",
        "featured": False,
        "days_ago": 12,
        "status": "published",
    },
    {
        "external_id": "demo-036",
        "title": "Junior Data Engineer",
        "company": "vistula-data-labs",
        "role": "data-engineer",
        "location": "Warsaw, Poland",
        "city": "Warsaw",
        "country": "PL",
        "workplace": "hybrid",
        "remote_regions": [],
        "employment_types": ["full_time"],
        "seniority": "entry",
        "salary_min": 9000,
        "salary_max": 13000,
        "currency": "PLN",
        "period": "month",
        "description": (
            "Vistula Data Labs builds data platforms for clients in banking, retail and manufacturing. We are hiring a junior data engineer who wants to learn the craft on real projects with experienced mentors. You will work from our Warsaw office two days a week.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Build and test data pipelines under the guidance of a senior engineer\n"
            "- Write SQL transformations and data quality checks\n"
            "- Help clients understand and use the data we deliver\n"
            "- Take part in code reviews and internal training\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- A degree in computer science or a related field, or equivalent experience\n"
            "- Good SQL and basic Python\n"
            "- Some exposure to a cloud platform or a data tool such as Airflow\n"
            "- Good English and Polish"
        ),
        "apply_url": "https://vistula.example/careers/junior-data-engineer",
        "apply_email": "",
        "featured": False,
        "days_ago": 3,
        "status": "published",
    },
    {
        "external_id": "demo-037",
        "title": "Data Engineer, Lakehouse",
        "company": "maplestack",
        "role": "data-engineer",
        "location": "Toronto, ON",
        "city": "Toronto",
        "country": "CA",
        "workplace": "hybrid",
        "remote_regions": [],
        "employment_types": ["full_time"],
        "seniority": "mid",
        "salary_min": 105000,
        "salary_max": 130000,
        "currency": "CAD",
        "period": "year",
        "description": (
            "Maplestack's data team supports product analytics, billing and customer success for more than two hundred thousand small businesses. We are building a lakehouse on Databricks and want a data engineer to help design its core datasets. The role is hybrid from our Toronto office.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Build and maintain Delta Lake tables for product and billing data\n"
            "- Develop incremental pipelines with clear ownership and tests\n"
            "- Partner with analysts to model data for self-service reporting\n"
            "- Improve performance and cost of heavy jobs\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- Three or more years of data engineering experience\n"
            "- Experience with Databricks or Spark\n"
            "- Strong SQL and Python\n"
            "- Experience with privacy requirements for financial data is a plus"
        ),
        "apply_url": "https://maplestack.example/careers/data-engineer-lakehouse",
        "apply_email": "",
        "featured": False,
        "days_ago": 8,
        "status": "published",
    },
    {
        "external_id": "demo-038",
        "title": "Senior Data Engineer",
        "company": "redgum-analytics",
        "role": "data-engineer",
        "location": "Remote - Australia or New Zealand",
        "city": "",
        "country": "AU",
        "workplace": "remote",
        "remote_regions": ["AU", "NZ"],
        "employment_types": ["full_time"],
        "seniority": "senior",
        "salary_min": 160000,
        "salary_max": 190000,
        "currency": "AUD",
        "period": "year",
        "description": (
            "Redgum Analytics processes ad impressions and auction logs for hundreds of publishers. Our senior data engineers own the pipelines that produce billing and reporting data, so accuracy matters as much as speed. This role is remote for anyone living in Australia or New Zealand.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Own the pipelines that turn auction logs into billing and reporting data\n"
            "- Reduce end-to-end latency of reporting from hours to minutes\n"
            "- Lead reconciliation between our numbers and partner systems\n"
            "- Contribute to on-call and incident reviews\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- Six or more years of data engineering\n"
            "- Deep experience with Spark, BigQuery or a similar engine\n"
            "- Strong SQL and a general-purpose language such as Python or Scala\n"
            "- A careful approach to data that people get paid from"
        ),
        "apply_url": "https://redgum.example/careers/senior-data-engineer",
        "apply_email": "",
        "featured": False,
        "days_ago": 14,
        "status": "published",
    },
    {
        "external_id": "demo-039",
        "title": "Data Engineer, Analytics Platform",
        "company": "merlion-mobility",
        "role": "data-engineer",
        "location": "Singapore",
        "city": "Singapore",
        "country": "SG",
        "workplace": "onsite",
        "remote_regions": [],
        "employment_types": ["full_time"],
        "seniority": "mid",
        "salary_min": 90000,
        "salary_max": 120000,
        "currency": "SGD",
        "period": "year",
        "description": (
            "Merlion Mobility's analytics platform serves dashboards and datasets to operations, finance and marketing across two countries. We are looking for a data engineer to strengthen the core models that everyone relies on. You will work from our office in central Singapore.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Develop and maintain core trip, driver and payment data models\n"
            "- Build pipelines with Airflow and dbt on BigQuery\n"
            "- Investigate and fix data quality issues reported by users\n"
            "- Improve documentation and discoverability of datasets\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- Two or more years of data engineering or analytics engineering\n"
            "- Excellent SQL\n"
            "- Experience with Airflow, dbt and a cloud warehouse\n"
            "- Clear communication with non-technical colleagues"
        ),
        "apply_url": "https://merlion.example/careers/data-engineer-analytics-platform",
        "apply_email": "",
        "featured": False,
        "days_ago": 9,
        "status": "published",
    },
    {
        "external_id": "demo-040",
        "title": "Data Engineer, Genomics Pipelines",
        "company": "halcyon-genomics",
        "role": "data-engineer",
        "location": "San Diego, CA",
        "city": "San Diego",
        "country": "US",
        "workplace": "hybrid",
        "remote_regions": [],
        "employment_types": ["full_time"],
        "seniority": "mid",
        "salary_min": 130000,
        "salary_max": 155000,
        "currency": "USD",
        "period": "year",
        "description": (
            "Halcyon Genomics' San Diego site runs sequencing for research partners around the world. Each run produces large volumes of raw data that must be processed, tracked and delivered accurately. We are hiring a data engineer to build the pipelines and metadata systems behind that work.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Build workflows that process sequencing output at scale\n"
            "- Track samples, runs and results in a reliable metadata store\n"
            "- Automate delivery of results to research partners\n"
            "- Work with bioinformaticians to productionize their tools\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- Three or more years of data engineering or scientific software experience\n"
            "- Strong Python and experience with workflow tools such as Nextflow or Airflow\n"
            "- Experience with AWS and large file-based datasets\n"
            "- Interest in genomics; prior biology experience is not required"
        ),
        "apply_url": "https://halcyon.example/careers/data-engineer-genomics-pipelines",
        "apply_email": "",
        "featured": False,
        "days_ago": 21,
        "status": "published",
    },
    {
        "external_id": "demo-041",
        "title": "Data Engineering Intern",
        "company": "brightharbor-health",
        "role": "data-engineer",
        "location": "Boston, MA",
        "city": "Boston",
        "country": "US",
        "workplace": "hybrid",
        "remote_regions": [],
        "employment_types": ["internship"],
        "seniority": "entry",
        "salary_min": 30,
        "salary_max": 38,
        "currency": "USD",
        "period": "hour",
        "description": (
            "Brightharbor Health's summer internship program places students on teams that support our clinics. As a data engineering intern you will help build pipelines that bring scheduling and patient experience data into our warehouse. The internship lasts ten weeks and is hybrid from Boston.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Build a pipeline from a new source system into our warehouse\n"
            "- Write tests and documentation for the datasets you create\n"
            "- Pair with engineers on code reviews and debugging\n"
            "- Present your project at the intern showcase\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- Current enrollment in a computer science, data science or related program\n"
            "- Coursework or projects using SQL and Python\n"
            "- Interest in healthcare\n"
            "- Availability from June through August"
        ),
        "apply_url": "https://brightharbor.example/careers/data-engineering-intern",
        "apply_email": "",
        "featured": False,
        "days_ago": 6,
        "status": "published",
    },
    {
        "external_id": "demo-042",
        "title": "Staff Data Engineer",
        "company": "emberline-security",
        "role": "data-engineer",
        "location": "Dublin, Ireland",
        "city": "Dublin",
        "country": "IE",
        "workplace": "hybrid",
        "remote_regions": [],
        "employment_types": ["full_time"],
        "seniority": "senior",
        "salary_min": 95000,
        "salary_max": 120000,
        "currency": "EUR",
        "period": "year",
        "description": (
            "Emberline Security's detection products depend on fresh, complete event data from thousands of customer sites. As a staff data engineer you will set the technical direction for our data platform and help three teams build on it. The role is hybrid from Dublin.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Set the architecture and roadmap for event ingestion and storage\n"
            "- Lead cross-team projects that improve reliability and cost\n"
            "- Establish standards for schemas, testing and data retention\n"
            "- Mentor senior engineers and grow technical leaders\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- Eight or more years of data or backend engineering\n"
            "- Experience designing high-volume event pipelines\n"
            "- Strong knowledge of Kafka, columnar storage and cloud infrastructure\n"
            "- Experience with GDPR and data retention requirements"
        ),
        "apply_url": "https://emberline.example/careers/staff-data-engineer",
        "apply_email": "",
        "featured": False,
        "days_ago": 4,
        "status": "published",
    },
    {
        "external_id": "demo-043",
        "title": "Data Engineer, Temporary Migration Project",
        "company": "harbor-and-finch",
        "role": "data-engineer",
        "location": "Manchester, UK",
        "city": "Manchester",
        "country": "GB",
        "workplace": "hybrid",
        "remote_regions": [],
        "employment_types": ["temporary", "contract"],
        "seniority": "mid",
        "salary_min": 400,
        "salary_max": 500,
        "currency": "GBP",
        "period": "day",
        "description": (
            "Harbor & Finch is moving its order and customer data from an aging on-premises database to a cloud warehouse. We need a data engineer for a three-month temporary assignment to help finish the migration on schedule. You will work with our small data team in Manchester two days a week.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Rewrite legacy stored procedures as tested, version-controlled transformations\n"
            "- Reconcile migrated tables against the source system\n"
            "- Help switch reports over to the new warehouse\n"
            "- Leave clear notes for the permanent team\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- Three or more years of data engineering experience\n"
            "- Strong SQL, including experience reading legacy T-SQL\n"
            "- Experience with dbt and Snowflake or BigQuery\n"
            "- Availability to start within two weeks"
        ),
        "apply_url": "https://harborfinch.example/careers/data-engineer-temporary-migration-project",
        "apply_email": "",
        "featured": False,
        "days_ago": 13,
        "status": "published",
    },
    {
        "external_id": "demo-044",
        "title": "Head of Data Engineering",
        "company": "saffron-retail-group",
        "role": "data-engineer",
        "location": "Bengaluru, India",
        "city": "Bengaluru",
        "country": "IN",
        "workplace": "hybrid",
        "remote_regions": [],
        "employment_types": ["full_time"],
        "seniority": "executive",
        "salary_min": 6000000,
        "salary_max": None,
        "currency": "INR",
        "period": "year",
        "description": (
            "Saffron Retail Group is investing heavily in data to run its stores and online business better. We are hiring a head of data engineering to lead a department of thirty engineers and own the platform behind forecasting, personalization and reporting. The role reports to the chief technology officer.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Set the strategy and roadmap for the data platform\n"
            "- Lead and grow a department of data and platform engineers\n"
            "- Own reliability, security and cost of data infrastructure\n"
            "- Partner with business leaders to prioritize data investments\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- Twelve or more years of engineering experience, including several leading data teams\n"
            "- A track record of building large-scale data platforms\n"
            "- Experience managing managers\n"
            "- Excellent stakeholder management and communication"
        ),
        "apply_url": "https://saffronretail.example/careers/head-of-data-engineering",
        "apply_email": "",
        "featured": False,
        "days_ago": 17,
        "status": "published",
    },
    {
        "external_id": "demo-045",
        "title": "Data Engineer, Reverse ETL",
        "company": "kite-and-key-media",
        "role": "data-engineer",
        "location": "Remote",
        "city": "",
        "country": "",
        "workplace": "remote",
        "remote_regions": [],
        "employment_types": ["full_time"],
        "seniority": "mid",
        "salary_min": None,
        "salary_max": None,
        "currency": None,
        "period": "year",
        "description": (
            "Kite & Key Media wants every team, from editorial to advertising sales, to act on the same subscriber data. We are hiring a data engineer to push warehouse data back into the tools those teams use every day. We are fully remote and welcome applicants from any country.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Build syncs from our warehouse into CRM, email and advertising tools\n"
            "- Model subscriber and engagement data for activation\n"
            "- Monitor syncs and handle failures gracefully\n"
            "- Work with privacy counsel to respect consent settings everywhere\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- Two or more years of data engineering or analytics engineering\n"
            "- Strong SQL and experience with dbt\n"
            "- Experience with reverse ETL tools or building API integrations\n"
            "- Habits that suit a remote, writing-first team"
        ),
        "apply_url": "https://kiteandkey.example/careers/data-engineer-reverse-etl",
        "apply_email": "",
        "featured": False,
        "days_ago": 23,
        "status": "published",
    },
    {
        "external_id": "demo-046",
        "title": "Lead Machine Learning Engineer",
        "company": "cobalt-ridge-capital",
        "role": "lead-machine-learning-engineer",
        "location": "New York, NY",
        "city": "New York",
        "country": "US",
        "workplace": "hybrid",
        "remote_regions": [],
        "employment_types": ["full_time"],
        "seniority": "senior",
        "salary_min": 220000,
        "salary_max": 270000,
        "currency": "USD",
        "period": "year",
        "description": (
            "Cobalt Ridge Capital's machine learning team builds the infrastructure our researchers use to train, test and deploy investment models. We are looking for a lead machine learning engineer to guide a team of five and set the technical direction for the platform. The role is hybrid from our Manhattan office.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Lead the design of training, backtesting and deployment systems\n"
            "- Set engineering standards and review critical code\n"
            "- Work with researchers to turn prototypes into robust production models\n"
            "- Hire and mentor machine learning engineers\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- Eight or more years of software engineering, including several in machine learning\n"
            "- Experience leading technical teams\n"
            "- Deep knowledge of Python and distributed computing\n"
            "- Experience in finance is helpful but not required"
        ),
        "apply_url": "https://cobaltridge.example/careers/lead-machine-learning-engineer",
        "apply_email": "",
        "featured": False,
        "days_ago": 7,
        "status": "published",
    },
    {
        "external_id": "demo-047",
        "title": "Lead ML Engineer, Agents Platform",
        "company": "tessellate-labs",
        "role": "lead-machine-learning-engineer",
        "location": "Remote",
        "city": "",
        "country": "",
        "workplace": "remote",
        "remote_regions": [],
        "employment_types": ["full_time"],
        "seniority": "senior",
        "salary_min": 190000,
        "salary_max": 230000,
        "currency": "USD",
        "period": "year",
        "description": (
            "Tessellate Labs is building an agents platform that lets legal teams automate multi-step review work. We need a lead machine learning engineer to own the architecture of that platform and lead a team of four. We are remote-first and hire in any country.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Own the architecture for agent orchestration, tools and memory\n"
            "- Build evaluation and safety checks for long-running tasks\n"
            "- Lead a team of machine learning engineers through planning and delivery\n"
            "- Partner with product and legal experts to define what good looks like\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- Seven or more years of engineering, including recent work with LLM applications\n"
            "- Experience leading a team or a major technical project\n"
            "- Strong Python and distributed systems skills\n"
            "- Excellent written communication"
        ),
        "apply_url": "https://tessellate.example/careers/lead-ml-engineer-agents-platform",
        "apply_email": "",
        "featured": True,
        "days_ago": 2,
        "status": "published",
    },
    {
        "external_id": "demo-048",
        "title": "Lead Machine Learning Engineer, Vision",
        "company": "basalt-robotics",
        "role": "lead-machine-learning-engineer",
        "location": "Munich, Germany",
        "city": "Munich",
        "country": "DE",
        "workplace": "onsite",
        "remote_regions": [],
        "employment_types": ["full_time"],
        "seniority": "senior",
        "salary_min": 95000,
        "salary_max": 120000,
        "currency": "EUR",
        "period": "year",
        "description": (
            "Basalt Robotics is looking for a lead machine learning engineer to head its perception team. You will decide how our robots see the world, from dataset strategy to on-device inference, and lead six engineers in our Munich lab.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Set the technical roadmap for perception models\n"
            "- Lead a team of six engineers and researchers\n"
            "- Define data collection and labeling strategy with field teams\n"
            "- Balance accuracy, latency and power use on embedded hardware\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- Eight or more years of experience in computer vision or robotics\n"
            "- Experience leading engineers on production perception systems\n"
            "- Deep knowledge of PyTorch and embedded deployment\n"
            "- German is helpful; English is our working language"
        ),
        "apply_url": "https://basalt.example/careers/lead-machine-learning-engineer-vision",
        "apply_email": "",
        "featured": False,
        "days_ago": 18,
        "status": "published",
    },
    {
        "external_id": "demo-049",
        "title": "Head of Machine Learning",
        "company": "kestrel-payments",
        "role": "lead-machine-learning-engineer",
        "location": "London, UK",
        "city": "London",
        "country": "GB",
        "workplace": "hybrid",
        "remote_regions": [],
        "employment_types": ["full_time"],
        "seniority": "executive",
        "salary_min": 130000,
        "salary_max": 160000,
        "currency": "GBP",
        "period": "year",
        "description": (
            "Kestrel Payments uses machine learning for fraud prevention, credit decisions and merchant support. We are hiring a head of machine learning to bring these efforts together under one strategy and lead a group of eighteen engineers and scientists. The role reports to the chief technology officer.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Define the machine learning strategy across risk, credit and operations\n"
            "- Lead and grow teams of machine learning engineers and data scientists\n"
            "- Establish model risk management with compliance and audit\n"
            "- Represent machine learning to the executive team and regulators\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- Extensive experience leading machine learning teams in production settings\n"
            "- Background in financial services or another regulated industry\n"
            "- Strong technical depth in machine learning systems\n"
            "- Proven ability to hire and develop leaders"
        ),
        "apply_url": "https://kestrelpay.example/careers/head-of-machine-learning",
        "apply_email": "",
        "featured": False,
        "days_ago": 15,
        "status": "published",
    },
    {
        "external_id": "demo-050",
        "title": "Lead Machine Learning Engineer, Risk Models",
        "company": "alpenglow-insurance",
        "role": "lead-machine-learning-engineer",
        "location": "Zurich, Switzerland",
        "city": "Zurich",
        "country": "CH",
        "workplace": "hybrid",
        "remote_regions": [],
        "employment_types": ["full_time"],
        "seniority": "senior",
        "salary_min": 170000,
        "salary_max": None,
        "currency": "CHF",
        "period": "year",
        "description": (
            "Alpenglow Insurance is modernizing how it prices and reserves for risk. We are looking for a lead machine learning engineer to build a shared platform for actuarial and machine learning models and lead a small team of engineers. The role is hybrid from Zurich.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Design a platform for training, validating and serving risk models\n"
            "- Lead engineers who work side by side with actuaries\n"
            "- Set standards for model documentation and reproducibility\n"
            "- Work with regulators' requirements in mind from the first design\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- Eight or more years of engineering experience, including machine learning platforms\n"
            "- Experience leading technical teams\n"
            "- Knowledge of insurance or financial risk modeling\n"
            "- Fluent English; German is an advantage"
        ),
        "apply_url": "https://alpenglow.example/careers/lead-machine-learning-engineer-risk-models",
        "apply_email": "",
        "featured": False,
        "days_ago": 22,
        "status": "published",
    },
    {
        "external_id": "demo-051",
        "title": "Machine Learning Lead, Marketplace",
        "company": "marisol-travel",
        "role": "lead-machine-learning-engineer",
        "location": "Madrid, Spain",
        "city": "Madrid",
        "country": "ES",
        "workplace": "hybrid",
        "remote_regions": [],
        "employment_types": ["full_time"],
        "seniority": "senior",
        "salary_min": None,
        "salary_max": None,
        "currency": None,
        "period": "year",
        "description": (
            "Marisol Travel connects travelers with thousands of independent hosts. Our marketplace team uses machine learning for pricing suggestions, trust and safety, and host quality. We are hiring a machine learning lead to guide this work from our Madrid office.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Lead a team of machine learning engineers across marketplace problems\n"
            "- Prioritize projects with product managers based on expected impact\n"
            "- Review model designs and experiment plans\n"
            "- Grow the team's skills through mentoring and hiring\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- Seven or more years of experience, including leading machine learning projects\n"
            "- Background in marketplaces, pricing or trust and safety\n"
            "- Strong technical skills in Python and modern machine learning tools\n"
            "- Fluent English; Spanish is a plus"
        ),
        "apply_url": "https://marisol.example/careers/machine-learning-lead-marketplace",
        "apply_email": "",
        "featured": False,
        "days_ago": 24,
        "status": "published",
    },
    {
        "external_id": "demo-052",
        "title": "Lead ML Engineer (Contract)",
        "company": "quillmetric",
        "role": "lead-machine-learning-engineer",
        "location": "Remote - US",
        "city": "",
        "country": "US",
        "workplace": "remote",
        "remote_regions": ["US"],
        "employment_types": ["contract"],
        "seniority": "senior",
        "salary_min": 120,
        "salary_max": 150,
        "currency": "USD",
        "period": "hour",
        "description": (
            "Quillmetric is adding automatic theme detection to its survey analysis product. We are looking for an experienced contractor to lead a small team through the first release over the next six months. The contract is remote for people based in the US.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Lead the design of topic and sentiment models for open-ended survey answers\n"
            "- Guide two machine learning engineers through delivery\n"
            "- Set up evaluation with human-labeled samples\n"
            "- Plan the handover to a permanent team\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- Extensive experience shipping NLP features in production\n"
            "- Experience leading engineers, formally or informally\n"
            "- Strong Python\n"
            "- Availability for full-time hours during the contract"
        ),
        "apply_url": "https://quillmetric.example/careers/lead-ml-engineer-contract",
        "apply_email": "",
        "featured": False,
        "days_ago": 11,
        "status": "published",
    },
    {
        "external_id": "demo-053",
        "title": "MLOps Engineer",
        "company": "merlion-mobility",
        "role": "mlops-engineer",
        "location": "Singapore",
        "city": "Singapore",
        "country": "SG",
        "workplace": "hybrid",
        "remote_regions": [],
        "employment_types": ["full_time"],
        "seniority": "mid",
        "salary_min": 100000,
        "salary_max": 130000,
        "currency": "SGD",
        "period": "year",
        "description": (
            "Merlion Mobility runs dozens of models for pricing, dispatch and fraud. We are hiring an MLOps engineer to make training, deployment and monitoring of those models routine. You will join the machine learning platform team in Singapore.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Maintain our Kubernetes-based training and serving infrastructure\n"
            "- Build CI and CD pipelines for models\n"
            "- Set up monitoring for model performance and data drift\n"
            "- Help data scientists move their work to production\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- Two or more years in MLOps, DevOps or platform engineering\n"
            "- Experience with Kubernetes, Docker and Terraform\n"
            "- Familiarity with MLflow, Kubeflow or similar tools\n"
            "- Good Python skills"
        ),
        "apply_url": "https://merlion.example/careers/mlops-engineer",
        "apply_email": "",
        "featured": False,
        "days_ago": 5,
        "status": "published",
    },
    {
        "external_id": "demo-054",
        "title": "Senior MLOps Engineer",
        "company": "tidewater-logistics",
        "role": "mlops-engineer",
        "location": "Remote - Europe",
        "city": "",
        "country": "NL",
        "workplace": "remote",
        "remote_regions": ["DE", "FR", "NL", "ES"],
        "employment_types": ["full_time"],
        "seniority": "senior",
        "salary_min": 75000,
        "salary_max": 95000,
        "currency": "EUR",
        "period": "year",
        "description": (
            "Tidewater Logistics uses machine learning for forecasting, slotting and route planning across its warehouses. We are hiring a senior MLOps engineer to build the platform that keeps these models healthy. You can work remotely from Germany, France, the Netherlands or Spain, with occasional trips to Rotterdam.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Design the platform for training, deploying and monitoring models\n"
            "- Standardize how teams package and release models\n"
            "- Automate retraining and evaluation workflows\n"
            "- Advise data scientists on performance and reliability\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- Five or more years in platform, DevOps or MLOps engineering\n"
            "- Deep experience with Kubernetes and a major cloud provider\n"
            "- Experience with model registries and feature stores\n"
            "- Strong Python and infrastructure-as-code skills"
        ),
        "apply_url": "https://tidewater.example/careers/senior-mlops-engineer",
        "apply_email": "",
        "featured": True,
        "days_ago": 3,
        "status": "published",
    },
    {
        "external_id": "demo-055",
        "title": "MLOps Engineer (Contract)",
        "company": "kite-and-key-media",
        "role": "mlops-engineer",
        "location": "Remote - US or Canada",
        "city": "",
        "country": "US",
        "workplace": "remote",
        "remote_regions": ["US", "CA"],
        "employment_types": ["contract"],
        "seniority": "mid",
        "salary_min": 85,
        "salary_max": 120,
        "currency": "USD",
        "period": "hour",
        "description": (
            "Kite & Key Media's recommendation and ad targeting models run on a patchwork of scripts. We need a contract MLOps engineer for four months to put them on a proper footing. The work is remote for anyone in the US or Canada.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Move existing models onto a managed training and serving setup\n"
            "- Add automated tests and deployment pipelines\n"
            "- Set up dashboards for model health\n"
            "- Write runbooks for the in-house team\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- Three or more years in MLOps or DevOps\n"
            "- Experience with AWS SageMaker or a similar platform\n"
            "- Solid Python and Terraform\n"
            "- Availability for 30 to 40 hours a week"
        ),
        "apply_url": "https://kiteandkey.example/careers/mlops-engineer-contract",
        "apply_email": "",
        "featured": False,
        "days_ago": 10,
        "status": "published",
    },
    {
        "external_id": "demo-056",
        "title": "Machine Learning Platform Engineer",
        "company": "harbor-and-finch",
        "role": "mlops-engineer",
        "location": "Manchester, UK",
        "city": "Manchester",
        "country": "GB",
        "workplace": "hybrid",
        "remote_regions": [],
        "employment_types": ["full_time"],
        "seniority": "mid",
        "salary_min": 65000,
        "salary_max": 80000,
        "currency": "GBP",
        "period": "year",
        "description": (
            "Harbor & Finch is growing its in-house data science team and needs a solid platform under it. As our first machine learning platform engineer you will set up the tools that take models from notebooks to production. The role is hybrid from Manchester.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Choose and set up tools for experiment tracking and model deployment\n"
            "- Build pipelines for batch scoring and retraining\n"
            "- Create templates that help data scientists start new projects quickly\n"
            "- Keep the platform secure and cost-effective\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- Three or more years in platform, DevOps or machine learning engineering\n"
            "- Experience with a cloud provider, ideally Google Cloud\n"
            "- Good Python and Docker skills\n"
            "- Enthusiasm for building a platform from scratch"
        ),
        "apply_url": "https://harborfinch.example/careers/machine-learning-platform-engineer",
        "apply_email": "",
        "featured": False,
        "days_ago": 19,
        "status": "published",
    },
    {
        "external_id": "demo-057",
        "title": "MLOps Engineer, Model Serving",
        "company": "redgum-analytics",
        "role": "mlops-engineer",
        "location": "Melbourne, Australia",
        "city": "Melbourne",
        "country": "AU",
        "workplace": "hybrid",
        "remote_regions": [],
        "employment_types": ["full_time"],
        "seniority": "senior",
        "salary_min": 140000,
        "salary_max": 165000,
        "currency": "AUD",
        "period": "year",
        "description": (
            "Redgum Analytics serves ad prediction models that must answer in under ten milliseconds. We are looking for an MLOps engineer to own the serving infrastructure and keep it fast as traffic grows. The role is hybrid from our Melbourne office.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Operate and improve low-latency model serving\n"
            "- Build safe rollout and rollback processes for models\n"
            "- Profile and optimize inference performance\n"
            "- Take part in on-call for the serving platform\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- Five or more years in infrastructure or MLOps roles\n"
            "- Experience with high-throughput, low-latency services\n"
            "- Knowledge of Kubernetes and observability tools\n"
            "- Working rights in Australia"
        ),
        "apply_url": "https://redgum.example/careers/mlops-engineer-model-serving",
        "apply_email": "",
        "featured": False,
        "days_ago": 12,
        "status": "published",
    },
    {
        "external_id": "demo-058",
        "title": "Junior MLOps Engineer",
        "company": "saffron-retail-group",
        "role": "mlops-engineer",
        "location": "Bengaluru, India",
        "city": "Bengaluru",
        "country": "IN",
        "workplace": "hybrid",
        "remote_regions": [],
        "employment_types": ["full_time"],
        "seniority": "entry",
        "salary_min": 1000000,
        "salary_max": 1500000,
        "currency": "INR",
        "period": "year",
        "description": (
            "Saffron Retail Group's machine learning platform team supports models for forecasting, pricing and personalization. We are hiring a junior MLOps engineer to help keep that platform running and to learn from a team that cares about good engineering.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Maintain deployment pipelines and container images\n"
            "- Monitor model jobs and respond to failures\n"
            "- Automate routine tasks with Python and shell scripts\n"
            "- Document platform features for data scientists\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- A degree in computer science or a related field\n"
            "- Basic knowledge of Linux, Docker and Git\n"
            "- Some Python programming experience\n"
            "- Interest in machine learning and infrastructure"
        ),
        "apply_url": "https://saffronretail.example/careers/junior-mlops-engineer",
        "apply_email": "",
        "featured": False,
        "days_ago": 20,
        "status": "published",
    },
    {
        "external_id": "demo-059",
        "title": "MLOps Engineer, LLM Infrastructure",
        "company": "maplestack",
        "role": "mlops-engineer",
        "location": "Vancouver, BC",
        "city": "Vancouver",
        "country": "CA",
        "workplace": "hybrid",
        "remote_regions": [],
        "employment_types": ["full_time"],
        "seniority": "mid",
        "salary_min": None,
        "salary_max": None,
        "currency": None,
        "period": "year",
        "description": (
            "Maplestack is rolling out assistant features that answer customers' accounting questions. We are hiring an MLOps engineer to run the infrastructure behind them, from prompt versioning to GPU capacity. The role is hybrid from our Vancouver office.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Operate inference services for hosted and open models\n"
            "- Build tooling for prompt and model versioning\n"
            "- Track cost, latency and quality across releases\n"
            "- Work with security on data handling and access controls\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- Three or more years in DevOps, platform or MLOps engineering\n"
            "- Experience running GPU workloads or LLM applications\n"
            "- Solid Python and infrastructure-as-code skills\n"
            "- A strong sense of ownership"
        ),
        "apply_url": "https://maplestack.example/careers/mlops-engineer-llm-infrastructure",
        "apply_email": "",
        "featured": False,
        "days_ago": 25,
        "status": "published",
    },
    {
        "external_id": "demo-060",
        "title": "Data Analyst",
        "company": "brightharbor-health",
        "role": "data-analyst",
        "location": "Boston, MA",
        "city": "Boston",
        "country": "US",
        "workplace": "onsite",
        "remote_regions": [],
        "employment_types": ["full_time"],
        "seniority": "entry",
        "salary_min": 65000,
        "salary_max": 80000,
        "currency": "USD",
        "period": "year",
        "description": (
            "Brightharbor Health's operations team needs a data analyst to help clinic managers understand scheduling, wait times and patient satisfaction. This is a great first or second role for someone who enjoys turning questions into clear answers. You will work on site at our Boston headquarters.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Build and maintain dashboards for clinic operations\n"
            "- Answer ad hoc questions from managers with SQL and spreadsheets\n"
            "- Check data for errors and work with system owners to fix them\n"
            "- Present monthly findings to the operations leadership team\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- A bachelor's degree in a quantitative field or equivalent experience\n"
            "- Good SQL and Excel skills\n"
            "- Experience with Tableau or Power BI\n"
            "- Clear writing and a friendly, patient manner"
        ),
        "apply_url": "https://brightharbor.example/careers/data-analyst",
        "apply_email": "",
        "featured": False,
        "days_ago": 2,
        "status": "published",
    },
    {
        "external_id": "demo-061",
        "title": "Senior Data Analyst, Growth",
        "company": "marisol-travel",
        "role": "data-analyst",
        "location": "Barcelona, Spain",
        "city": "Barcelona",
        "country": "ES",
        "workplace": "hybrid",
        "remote_regions": [],
        "employment_types": ["full_time"],
        "seniority": "senior",
        "salary_min": 45000,
        "salary_max": 58000,
        "currency": "EUR",
        "period": "year",
        "description": (
            "Marisol Travel's growth team works on acquisition, activation and repeat bookings for both travelers and hosts. We are hiring a senior data analyst to be the team's go-to expert on funnels, cohorts and marketing performance. The role is hybrid from Barcelona.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Own the core growth metrics and the dashboards that track them\n"
            "- Analyze funnels and cohorts to find the biggest opportunities\n"
            "- Evaluate marketing campaigns and experiments\n"
            "- Coach junior analysts and product managers on analysis\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- Four or more years of experience in product or marketing analytics\n"
            "- Excellent SQL and experience with Looker or a similar BI tool\n"
            "- Solid understanding of experiment analysis\n"
            "- Fluent English; Spanish or Catalan is a plus"
        ),
        "apply_url": "https://marisol.example/careers/senior-data-analyst-growth",
        "apply_email": "",
        "featured": False,
        "days_ago": 6,
        "status": "published",
    },
    {
        "external_id": "demo-062",
        "title": "Data Analyst, Operations (Part Time)",
        "company": "harbor-and-finch",
        "role": "data-analyst",
        "location": "Manchester, UK",
        "city": "Manchester",
        "country": "GB",
        "workplace": "hybrid",
        "remote_regions": [],
        "employment_types": ["part_time"],
        "seniority": "mid",
        "salary_min": 20,
        "salary_max": 26,
        "currency": "GBP",
        "period": "hour",
        "description": (
            "Harbor & Finch is looking for a part-time data analyst to support our warehouse and customer service teams. The role is about twenty hours a week, with flexible hours and one office day in Manchester. It suits someone who wants meaningful analytical work alongside other commitments.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Track order fulfillment, returns and contact center metrics\n"
            "- Maintain weekly reports and explain changes to team leads\n"
            "- Investigate spikes in returns or complaints\n"
            "- Suggest improvements to how operational data is collected\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- Two or more years of experience in an analyst role\n"
            "- Good SQL and strong spreadsheet skills\n"
            "- Experience with Looker Studio, Tableau or Power BI\n"
            "- Availability for roughly twenty hours a week"
        ),
        "apply_url": "https://harborfinch.example/careers/data-analyst-operations-part-time",
        "apply_email": "",
        "featured": False,
        "days_ago": 8,
        "status": "published",
    },
    {
        "external_id": "demo-063",
        "title": "Junior Data Analyst",
        "company": "kestrel-payments",
        "role": "data-analyst",
        "location": "London, UK",
        "city": "London",
        "country": "GB",
        "workplace": "hybrid",
        "remote_regions": [],
        "employment_types": ["full_time"],
        "seniority": "entry",
        "salary_min": 35000,
        "salary_max": 42000,
        "currency": "GBP",
        "period": "year",
        "description": (
            "Kestrel Payments is hiring a junior data analyst to join the merchant success team. You will help account managers understand how merchants use our products and where they need support. The role is hybrid from London and includes a structured training program.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Prepare account reviews with payment volumes, approval rates and trends\n"
            "- Build simple dashboards for the merchant success team\n"
            "- Answer data questions from account managers\n"
            "- Learn our data models and tools through a guided onboarding plan\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- A degree in a quantitative field or equivalent experience\n"
            "- Some experience with SQL, even from coursework\n"
            "- Strong attention to detail\n"
            "- Curiosity about how businesses use payments"
        ),
        "apply_url": "https://kestrelpay.example/careers/junior-data-analyst",
        "apply_email": "",
        "featured": False,
        "days_ago": 9,
        "status": "published",
    },
    {
        "external_id": "demo-064",
        "title": "Data Analyst, Supply Chain",
        "company": "kumo-freight",
        "role": "data-analyst",
        "location": "Tokyo, Japan",
        "city": "Tokyo",
        "country": "JP",
        "workplace": "hybrid",
        "remote_regions": [],
        "employment_types": ["full_time"],
        "seniority": "mid",
        "salary_min": 6000000,
        "salary_max": 8000000,
        "currency": "JPY",
        "period": "year",
        "description": (
            "Kumo Freight helps manufacturers plan shipments across Japan. Our supply chain analysts study delivery performance, costs and capacity so customers can make better decisions. We are hiring a data analyst to join the team in Tokyo.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Analyze on-time performance and shipping costs by route and customer\n"
            "- Build reports that customers receive every month\n"
            "- Support sales with data for proposals and renewals\n"
            "- Work with engineers to improve data quality\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- Two or more years of experience in data analysis\n"
            "- Strong SQL and Excel\n"
            "- Experience in logistics or supply chain is a plus\n"
            "- Business-level Japanese and English"
        ),
        "apply_url": "https://kumofreight.example/careers/data-analyst-supply-chain",
        "apply_email": "",
        "featured": False,
        "days_ago": 14,
        "status": "published",
    },
    {
        "external_id": "demo-065",
        "title": "Data Analyst (Temporary, 6 Months)",
        "company": "fjordline-energy",
        "role": "data-analyst",
        "location": "Oslo, Norway",
        "city": "Oslo",
        "country": "NO",
        "workplace": "onsite",
        "remote_regions": [],
        "employment_types": ["temporary"],
        "seniority": "mid",
        "salary_min": None,
        "salary_max": 720000,
        "currency": "NOK",
        "period": "year",
        "description": (
            "Fjordline Energy is covering a parental leave in its asset performance team. We are looking for a data analyst for a six-month temporary position to keep reporting on our hydropower plants running smoothly. You will work on site at our Oslo office.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Produce weekly and monthly reports on plant availability and output\n"
            "- Analyze outages and maintenance data with engineers\n"
            "- Maintain Power BI dashboards used by management\n"
            "- Handle ad hoc questions from the operations team\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- Experience as a data or business analyst\n"
            "- Strong Power BI and SQL skills\n"
            "- Interest in energy or industrial operations\n"
            "- Norwegian or another Scandinavian language is preferred"
        ),
        "apply_url": "https://fjordline.example/careers/data-analyst-temporary-6-months",
        "apply_email": "",
        "featured": False,
        "days_ago": 16,
        "status": "published",
    },
    {
        "external_id": "demo-066",
        "title": "Data Analyst, Product",
        "company": "kite-and-key-media",
        "role": "data-analyst",
        "location": "Remote - US",
        "city": "",
        "country": "US",
        "workplace": "remote",
        "remote_regions": ["US"],
        "employment_types": ["full_time"],
        "seniority": "mid",
        "salary_min": 85000,
        "salary_max": 105000,
        "currency": "USD",
        "period": "year",
        "description": (
            "Kite & Key Media's product team builds the apps and website where listeners and readers find our shows and newsletters. We are hiring a data analyst to help the team understand engagement and make better product decisions. The role is remote within the US.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Define and track engagement metrics for apps and web\n"
            "- Analyze feature launches and A/B tests\n"
            "- Build self-service dashboards for product managers\n"
            "- Share insights in a weekly written update\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- Two to four years of experience in product analytics\n"
            "- Excellent SQL and experience with a BI tool such as Mode or Looker\n"
            "- Understanding of experiment analysis\n"
            "- Strong written communication"
        ),
        "apply_url": "https://kiteandkey.example/careers/data-analyst-product",
        "apply_email": "",
        "featured": False,
        "days_ago": 4,
        "status": "published",
    },
    {
        "external_id": "demo-067",
        "title": "Data Analyst, Agronomy",
        "company": "pampas-agritech",
        "role": "data-analyst",
        "location": "São Paulo, Brazil",
        "city": "São Paulo",
        "country": "BR",
        "workplace": "hybrid",
        "remote_regions": [],
        "employment_types": ["full_time"],
        "seniority": "mid",
        "salary_min": 9000,
        "salary_max": 13000,
        "currency": "BRL",
        "period": "month",
        "description": (
            "Pampas Agritech helps soybean and corn farmers in Brazil plan planting and fertilizer use with satellite and soil data. We are hiring a data analyst to work with our agronomists and turn field data into practical recommendations. The role is hybrid from our São Paulo office.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Analyze yield, soil and weather data from partner farms\n"
            "- Build reports that agronomists share with farmers\n"
            "- Check the quality of data coming from field sensors\n"
            "- Support the data science team with exploratory analysis\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- Two or more years of experience in data analysis\n"
            "- Good SQL and Python or R\n"
            "- Interest in agriculture; experience with geospatial data is a plus\n"
            "- Fluent Portuguese and good English"
        ),
        "apply_url": "https://pampas.example/careers/data-analyst-agronomy",
        "apply_email": "",
        "featured": False,
        "days_ago": 11,
        "status": "published",
    },
    {
        "external_id": "demo-068",
        "title": "Data Analyst, Customer Insights",
        "company": "solenne-energie",
        "role": "data-analyst",
        "location": "Lyon, France",
        "city": "Lyon",
        "country": "FR",
        "workplace": "hybrid",
        "remote_regions": [],
        "employment_types": ["full_time"],
        "seniority": "mid",
        "salary_min": None,
        "salary_max": None,
        "currency": None,
        "period": "year",
        "description": (
            "Solenne Energie wants to understand why customers join, stay and leave. Our customer insights team combines billing data, survey results and contact center records to find out. We are hiring a data analyst to join the team at our Lyon office.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Analyze customer journeys from sign-up to the first bill and beyond\n"
            "- Combine survey and behavior data to explain satisfaction scores\n"
            "- Build dashboards for marketing and customer care\n"
            "- Present findings with clear recommendations\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- Two or more years of experience as a data analyst\n"
            "- Strong SQL and experience with Power BI or Tableau\n"
            "- Experience with survey data is a plus\n"
            "- Fluent French and good English"
        ),
        "apply_url": "https://solenne.example/careers/data-analyst-customer-insights",
        "apply_email": "",
        "featured": False,
        "days_ago": 21,
        "status": "published",
    },
    {
        "external_id": "demo-069",
        "title": "Senior Data Architect",
        "company": "halcyon-genomics",
        "role": "data-architect",
        "location": "Cambridge, UK",
        "city": "Cambridge",
        "country": "GB",
        "workplace": "hybrid",
        "remote_regions": [],
        "employment_types": ["full_time"],
        "seniority": "senior",
        "salary_min": 90000,
        "salary_max": 110000,
        "currency": "GBP",
        "period": "year",
        "description": (
            "Halcyon Genomics manages imaging, sequencing and clinical data for research partners on three continents. We are hiring a senior data architect to design how these data sets fit together and how partners can access them safely. The role is hybrid from our Cambridge lab.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Define the target architecture for research and clinical data\n"
            "- Design data models that link samples, images and sequencing results\n"
            "- Set access, consent and retention standards with legal and security\n"
            "- Guide engineering teams as they build the platform\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- Extensive experience in data architecture for complex, regulated data\n"
            "- Knowledge of data lakes, warehouses and metadata management\n"
            "- Familiarity with healthcare or life sciences data standards\n"
            "- Excellent communication with scientists and engineers"
        ),
        "apply_url": "https://halcyon.example/careers/senior-data-architect",
        "apply_email": "",
        "featured": False,
        "days_ago": 10,
        "status": "published",
    },
    {
        "external_id": "demo-070",
        "title": "Data Architect, Cloud",
        "company": "maplestack",
        "role": "data-architect",
        "location": "Toronto, ON",
        "city": "Toronto",
        "country": "CA",
        "workplace": "hybrid",
        "remote_regions": [],
        "employment_types": ["full_time"],
        "seniority": "senior",
        "salary_min": 130000,
        "salary_max": 155000,
        "currency": "CAD",
        "period": "year",
        "description": (
            "Maplestack is consolidating several databases and warehouses into one cloud data platform. We are looking for a data architect to design that platform and guide the teams building it. The role is hybrid from Toronto.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Design the target data architecture on AWS and Databricks\n"
            "- Define data models, domains and ownership across teams\n"
            "- Plan migration paths that keep reporting running\n"
            "- Set standards for security, privacy and data quality\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- Seven or more years in data engineering or architecture\n"
            "- Deep experience with a major cloud provider\n"
            "- Strong data modeling skills\n"
            "- Experience with Canadian privacy requirements is a plus"
        ),
        "apply_url": "https://maplestack.example/careers/data-architect-cloud",
        "apply_email": "",
        "featured": False,
        "days_ago": 13,
        "status": "published",
    },
    {
        "external_id": "demo-071",
        "title": "Enterprise Data Architect",
        "company": "solenne-energie",
        "role": "data-architect",
        "location": "Paris, France",
        "city": "Paris",
        "country": "FR",
        "workplace": "hybrid",
        "remote_regions": [],
        "employment_types": ["full_time"],
        "seniority": "senior",
        "salary_min": 75000,
        "salary_max": 95000,
        "currency": "EUR",
        "period": "year",
        "description": (
            "Solenne Energie is growing quickly and its data landscape has grown with it. We need an enterprise data architect to bring order to customer, metering and trading data and to set the standards that new systems must follow. The role is based in Paris.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Map current data flows and define the target architecture\n"
            "- Establish master data and reference data management\n"
            "- Review new projects for alignment with data standards\n"
            "- Work with the data protection officer on compliance\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- Ten or more years in data management, including architecture roles\n"
            "- Experience with master data management and data governance\n"
            "- Knowledge of energy or utilities is a plus\n"
            "- Fluent French and English"
        ),
        "apply_url": "https://solenne.example/careers/enterprise-data-architect",
        "apply_email": "",
        "featured": False,
        "days_ago": 7,
        "status": "published",
    },
    {
        "external_id": "demo-072",
        "title": "Data Architect (Contract)",
        "company": "emberline-security",
        "role": "data-architect",
        "location": "Remote - Ireland or UK",
        "city": "",
        "country": "IE",
        "workplace": "remote",
        "remote_regions": ["IE", "GB"],
        "employment_types": ["contract"],
        "seniority": "senior",
        "salary_min": 650,
        "salary_max": 800,
        "currency": "EUR",
        "period": "day",
        "description": (
            "Emberline Security is redesigning how it stores customer event data to cut costs and support new retention options. We are looking for a contract data architect for a nine-month engagement. The work is remote from Ireland or the UK, with occasional visits to Dublin.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Design a tiered storage architecture for event data\n"
            "- Define retention and deletion rules that meet customer contracts\n"
            "- Review implementation work by the platform team\n"
            "- Produce architecture decision records and diagrams\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- Several years as a data architect on high-volume systems\n"
            "- Experience with columnar formats and object storage\n"
            "- Knowledge of GDPR\n"
            "- Availability for at least four days a week"
        ),
        "apply_url": "https://emberline.example/careers/data-architect-contract",
        "apply_email": "",
        "featured": False,
        "days_ago": 5,
        "status": "published",
    },
    {
        "external_id": "demo-073",
        "title": "Chief Data Architect",
        "company": "brightharbor-health",
        "role": "data-architect",
        "location": "Boston, MA",
        "city": "Boston",
        "country": "US",
        "workplace": "hybrid",
        "remote_regions": [],
        "employment_types": ["full_time"],
        "seniority": "executive",
        "salary_min": 210000,
        "salary_max": None,
        "currency": "USD",
        "period": "year",
        "description": (
            "Brightharbor Health is building a unified data platform for clinical, financial and operational data. We are hiring a chief data architect to own the overall design and lead a team of architects and data stewards. The role reports to the chief information officer.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Own the enterprise data architecture and roadmap\n"
            "- Lead architects and data stewards across clinical and business domains\n"
            "- Set interoperability standards, including FHIR\n"
            "- Advise executives on data investments and risks\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- Fifteen or more years in data management, including senior leadership\n"
            "- Deep knowledge of healthcare data and interoperability standards\n"
            "- Experience with cloud data platforms at enterprise scale\n"
            "- Strong executive communication"
        ),
        "apply_url": "https://brightharbor.example/careers/chief-data-architect",
        "apply_email": "",
        "featured": False,
        "days_ago": 19,
        "status": "published",
    },
    {
        "external_id": "demo-074",
        "title": "Data Architect, Master Data",
        "company": "pampas-agritech",
        "role": "data-architect",
        "location": "São Paulo, Brazil",
        "city": "São Paulo",
        "country": "BR",
        "workplace": "hybrid",
        "remote_regions": [],
        "employment_types": ["full_time"],
        "seniority": "mid",
        "salary_min": None,
        "salary_max": None,
        "currency": None,
        "period": "year",
        "description": (
            "Pampas Agritech works with thousands of farms, fields and suppliers, and the same farm can appear in five systems under five names. We need a data architect to design master data for farms, fields and products. The role is hybrid from São Paulo.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Design master data models for farms, fields, products and suppliers\n"
            "- Define matching and merging rules with business teams\n"
            "- Choose and configure tools for master data management\n"
            "- Document standards for new integrations\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- Four or more years in data architecture or data engineering\n"
            "- Experience with master data management\n"
            "- Strong SQL and data modeling skills\n"
            "- Fluent Portuguese and good English"
        ),
        "apply_url": "https://pampas.example/careers/data-architect-master-data",
        "apply_email": "",
        "featured": False,
        "days_ago": 23,
        "status": "published",
    },
    {
        "external_id": "demo-075",
        "title": "Analytics Engineer",
        "company": "quillmetric",
        "role": None,
        "location": "Remote - US or Canada",
        "city": "",
        "country": "US",
        "workplace": "remote",
        "remote_regions": ["US", "CA"],
        "employment_types": ["full_time"],
        "seniority": "mid",
        "salary_min": 120000,
        "salary_max": 145000,
        "currency": "USD",
        "period": "year",
        "description": (
            "Quillmetric's analytics engineers sit between data engineering and analysis. They own the models in our warehouse that turn raw events into the metrics the company runs on. We are hiring another analytics engineer to join a remote team spread across the US and Canada.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Build and maintain dbt models for product, revenue and customer metrics\n"
            "- Define metrics once so every dashboard agrees\n"
            "- Add tests and documentation to critical models\n"
            "- Help analysts write faster, clearer SQL\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- Two or more years in analytics engineering or a similar role\n"
            "- Excellent SQL and strong experience with dbt\n"
            "- Familiarity with Git and code review\n"
            "- Care for naming, documentation and consistency"
        ),
        "apply_url": "https://quillmetric.example/careers/analytics-engineer",
        "apply_email": "",
        "featured": False,
        "days_ago": 3,
        "status": "published",
    },
    {
        "external_id": "demo-076",
        "title": "Research Engineer, Speech",
        "company": "kite-and-key-media",
        "role": None,
        "location": "Remote",
        "city": "",
        "country": "",
        "workplace": "remote",
        "remote_regions": [],
        "employment_types": ["full_time"],
        "seniority": "senior",
        "salary_min": None,
        "salary_max": None,
        "currency": None,
        "period": "year",
        "description": (
            "Kite & Key Media publishes thousands of hours of audio each year. We want accurate transcripts, chapters and search for every episode, and we are building our own speech models to get there. We are hiring a research engineer who can take ideas from papers to production. The job is remote from any country.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Fine-tune speech recognition and speaker diarization models on our audio\n"
            "- Build evaluation sets that reflect real podcast conditions\n"
            "- Ship models that generate transcripts and chapters at scale\n"
            "- Track new research and test what is worth adopting\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- Experience training speech or audio models\n"
            "- Strong Python and PyTorch\n"
            "- Ability to read research papers and reproduce results\n"
            "- Comfort working independently on a remote team"
        ),
        "apply_url": "https://kiteandkey.example/careers/research-engineer-speech",
        "apply_email": "",
        "featured": False,
        "days_ago": 9,
        "status": "published",
    },
    {
        "external_id": "demo-077",
        "title": "Data Product Manager",
        "company": "nordvik-games",
        "role": None,
        "location": "Stockholm, Sweden",
        "city": "Stockholm",
        "country": "SE",
        "workplace": "hybrid",
        "remote_regions": [],
        "employment_types": ["full_time"],
        "seniority": "mid",
        "salary_min": 600000,
        "salary_max": 720000,
        "currency": "SEK",
        "period": "year",
        "description": (
            "Nordvik Games is treating its data platform as a product with internal customers. We are hiring a data product manager to decide what the platform builds next and make sure game teams get value from it. The role is hybrid from Stockholm.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Gather needs from game teams, analysts and data scientists\n"
            "- Own the roadmap for data platform features\n"
            "- Define success metrics and track adoption\n"
            "- Write clear requirements with the engineering team\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- Three or more years in product management, ideally for data or developer tools\n"
            "- Enough technical depth to discuss pipelines and data models\n"
            "- Strong prioritization and communication skills\n"
            "- Interest in games"
        ),
        "apply_url": "https://nordvik.example/careers/data-product-manager",
        "apply_email": "",
        "featured": False,
        "days_ago": 15,
        "status": "published",
    },
    {
        "external_id": "demo-078",
        "title": "Applied Statistician (Part Time)",
        "company": "lurra-systems",
        "role": None,
        "location": "Melbourne",
        "city": "Melbourne",
        "country": "AU",
        "workplace": "hybrid",
        "remote_regions": [],
        "employment_types": ["part_time"],
        "seniority": "mid",
        "salary_min": None,
        "salary_max": 110,
        "currency": "AUD",
        "period": "hour",
        "description": (
            "Lurra Systems is looking for an applied statistician for about two days a week to support accuracy studies of our positioning service. You will help design field trials and analyze their results. The role is hybrid from our Melbourne office.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Design field trials and sampling plans for accuracy studies\n"
            "- Analyze error distributions and report confidence intervals\n"
            "- Review statistical methods used across the team\n"
            "- Write short reports for customers and partners\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- A postgraduate degree in statistics or a related field\n"
            "- Experience with experimental design and spatial statistics\n"
            "- Proficiency in R or Python\n"
            "- Availability for around two days a week\n"
            "\n"
            "Apply by email to careers@lurra.example with a short cover note."
        ),
        "apply_url": "",
        "apply_email": "careers@lurra.example",
        "featured": False,
        "days_ago": 12,
        "status": "published",
    },
    {
        "external_id": "demo-079",
        "title": "Data Scientist, Supply Planning",
        "company": "tidewater-logistics",
        "role": "data-scientist",
        "location": "Rotterdam, Netherlands",
        "city": "Rotterdam",
        "country": "NL",
        "workplace": "hybrid",
        "remote_regions": [],
        "employment_types": ["full_time"],
        "seniority": "senior",
        "salary_min": 62000,
        "salary_max": 80000,
        "currency": "EUR",
        "period": "year",
        "description": (
            "Tidewater Logistics wanted a senior data scientist to improve how it plans warehouse space and labor for its retail clients. This position has been filled and is no longer taking applications.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Build models for warehouse capacity and labor planning\n"
            "- Work with site managers to test plans in practice\n"
            "- Improve planning tools used by the operations team\n"
            "- Share methods and results across the data team\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- Five or more years of applied data science\n"
            "- Experience with optimization or simulation\n"
            "- Strong Python\n"
            "- Right to work in the Netherlands"
        ),
        "apply_url": "https://tidewater.example/careers/data-scientist-supply-planning",
        "apply_email": "",
        "featured": False,
        "days_ago": 24,
        "status": "expired",
    },
    {
        "external_id": "demo-080",
        "title": "Machine Learning Engineer, Search",
        "company": "kumo-freight",
        "role": "machine-learning-engineer",
        "location": "Tokyo, Japan",
        "city": "Tokyo",
        "country": "JP",
        "workplace": "hybrid",
        "remote_regions": [],
        "employment_types": ["full_time"],
        "seniority": "senior",
        "salary_min": 8500000,
        "salary_max": 11000000,
        "currency": "JPY",
        "period": "year",
        "description": (
            "Kumo Freight looked for a machine learning engineer to improve search in its shipment tracking portal. Applications for this role have closed.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Improve search relevance for shipments, customers and locations\n"
            "- Build query understanding for Japanese and English input\n"
            "- Measure search quality with user behavior data\n"
            "- Maintain search infrastructure with the platform team\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- Experience building search or ranking systems\n"
            "- Knowledge of Elasticsearch or OpenSearch\n"
            "- Strong Python or Java\n"
            "- Business-level Japanese and English"
        ),
        "apply_url": "https://kumofreight.example/careers/machine-learning-engineer-search",
        "apply_email": "",
        "featured": False,
        "days_ago": 25,
        "status": "expired",
    },
    {
        "external_id": "demo-081",
        "title": "Data Engineer, Batch Pipelines",
        "company": "cobalt-ridge-capital",
        "role": "data-engineer",
        "location": "New York, NY",
        "city": "New York",
        "country": "US",
        "workplace": "onsite",
        "remote_regions": [],
        "employment_types": ["full_time"],
        "seniority": "mid",
        "salary_min": 150000,
        "salary_max": 180000,
        "currency": "USD",
        "period": "year",
        "description": (
            "Cobalt Ridge Capital needed a data engineer to maintain the nightly pipelines that load market and reference data for its research teams. This role is no longer open.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Maintain nightly loads of market, pricing and reference data\n"
            "- Add checks that stop bad data before it reaches researchers\n"
            "- Onboard new vendor data sets\n"
            "- Support researchers with data questions\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- Three or more years of data engineering\n"
            "- Strong Python and SQL\n"
            "- Experience with financial market data\n"
            "- A careful, reliable working style"
        ),
        "apply_url": "https://cobaltridge.example/careers/data-engineer-batch-pipelines",
        "apply_email": "",
        "featured": False,
        "days_ago": 20,
        "status": "expired",
    },
    {
        "external_id": "demo-082",
        "title": "Senior Data Analyst, Finance",
        "company": "redgum-analytics",
        "role": "data-analyst",
        "location": "Sydney, Australia",
        "city": "Sydney",
        "country": "AU",
        "workplace": "hybrid",
        "remote_regions": [],
        "employment_types": ["full_time"],
        "seniority": "senior",
        "salary_min": 115000,
        "salary_max": 135000,
        "currency": "AUD",
        "period": "year",
        "description": (
            "Redgum Analytics is preparing to hire a senior data analyst for its finance team. The analyst will own revenue reporting and support planning and forecasting.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Own monthly revenue and margin reporting\n"
            "- Support budgeting and forecasting with clear data\n"
            "- Reconcile reporting data with the general ledger\n"
            "- Automate manual finance reports\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- Five or more years in finance or business analytics\n"
            "- Strong SQL and Excel\n"
            "- Experience with advertising revenue is a plus\n"
            "- Working rights in Australia"
        ),
        "apply_url": "https://redgum.example/careers/senior-data-analyst-finance",
        "apply_email": "",
        "featured": False,
        "days_ago": 0,
        "status": "draft",
    },
    {
        "external_id": "demo-083",
        "title": "Machine Learning Research Intern",
        "company": "occam-ai",
        "role": "machine-learning-engineer",
        "location": "New York",
        "city": "New York",
        "country": "US",
        "workplace": "onsite",
        "remote_regions": [],
        "employment_types": ["internship"],
        "seniority": "entry",
        "salary_min": 45,
        "salary_max": 55,
        "currency": "USD",
        "period": "hour",
        "description": (
            "Occam AI plans to host a research intern who will study how agents plan and recover from mistakes. Details are still being finalized.\n"
            "\n"
            "## What you will do\n"
            "\n"
            "- Run experiments on planning and self-correction in agents\n"
            "- Build small benchmarks from real customer tasks\n"
            "- Write up results for the engineering team\n"
            "- Contribute code to our evaluation tools\n"
            "\n"
            "## What we look for\n"
            "\n"
            "- Enrollment in a PhD or research master's program\n"
            "- Experience with large language models\n"
            "- Strong Python\n"
            "- Authorization to work in the US"
        ),
        "apply_url": "https://occam.example/careers/machine-learning-research-intern",
        "apply_email": "",
        "featured": False,
        "days_ago": 0,
        "status": "draft",
    },
]
